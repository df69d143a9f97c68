package io.retentionflow.modeling;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The public CDNOW sample (Fader, Hardie and Lee 2005) as shipped in ../shared/data/cdnow beside the project, and its
 * published calibration conventions: the first 39 weeks, 1997-01-01 to 1997-09-30, in weeks.
 */
final class CdnowData {

    /** In {@code shared/} beside the checkout, as in CI (Maven runs tests in the project's root), or {@code RF_SHARED_DIR}. */
    static final Path DIRECTORY = Path.of(System.getenv().getOrDefault("RF_SHARED_DIR", "../shared"), "data", "cdnow")
            .toAbsolutePath().normalize();
    static final CalibrationPeriod CALIBRATION =
            new CalibrationPeriod(LocalDate.of(1997, 1, 1), LocalDate.of(1997, 9, 30), 7.0);

    /** A row of cdnow_customers_summary_with_transactions.csv, the published summary. */
    record PublishedRow(String id, double x, double tx, double T, double zbar) {
    }

    private CdnowData() {
    }

    /** Columns: original id, sample id 1..2357, date YYYYMMDD, number of CDs, dollar value. */
    static List<Purchase> samplePurchases() {
        return lines("CDNOW_sample.txt").stream()
                .map(String::trim)
                .filter(line -> !line.isEmpty())
                .map(line -> line.split("\\s+"))
                .map(f -> new Purchase(String.valueOf(Integer.parseInt(f[1])),
                        LocalDate.parse(f[2], DateTimeFormatter.BASIC_ISO_DATE), Double.parseDouble(f[4])))
                .toList();
    }

    static List<PublishedRow> publishedSummary() {
        return lines("cdnow_customers_summary_with_transactions.csv").stream()
                .skip(1)
                .map(line -> line.split(","))
                .map(f -> new PublishedRow(f[0], Double.parseDouble(f[1]), Double.parseDouble(f[2]),
                        Double.parseDouble(f[3]), Double.parseDouble(f[4])))
                .toList();
    }

    private static List<String> lines(String file) {
        try {
            return Files.readAllLines(DIRECTORY.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
