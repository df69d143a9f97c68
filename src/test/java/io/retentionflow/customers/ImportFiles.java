package io.retentionflow.customers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Test files: written to disk, as the imports read them. Deterministic, so benchmark runs compare. */
public final class ImportFiles {

    static final String CUSTOMER_HEADER = "customer_id,email,first_name,last_name,signup_date,country";
    static final String TRANSACTION_HEADER = "transaction_id,customer_id,occurred_at,amount";

    private ImportFiles() {
    }

    static Path write(Path folder, String name, String content) {
        return write(folder, name, content.getBytes(StandardCharsets.UTF_8));
    }

    static Path write(Path folder, String name, byte[] content) {
        try {
            return Files.write(folder.resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** customers c1 … cN and {@code transactions} purchases spread over them, ids t1 … tM. */
    public static Path transactions(Path folder, String name, int transactions, int customers) {
        Path file = folder.resolve(name);
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(TRANSACTION_HEADER + "\n");
            for (int i = 1; i <= transactions; i++) {
                out.write("t" + i + ",c" + (i % customers + 1) + ",2024-" + String.format("%02d", i % 12 + 1) + "-"
                        + String.format("%02d", i % 28 + 1) + "T" + String.format("%02d", i % 24) + ":15:00Z,"
                        + (i % 10_000) / 100 + "." + String.format("%02d", i % 100) + "\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    public static Path customers(Path folder, String name, int customers) {
        Path file = folder.resolve(name);
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(CUSTOMER_HEADER + ",tier\n");
            for (int i = 1; i <= customers; i++) {
                out.write("c" + i + ",customer" + i + "@example.com,First" + i + ",Last" + i + ",2023-01-01,DE,"
                        + (i % 3 == 0 ? "gold" : "") + "\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }
}
