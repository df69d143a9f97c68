package io.retentionflow.benchmark;

import io.retentionflow.RetentionFlowApplication;
import io.retentionflow.customers.ImportFiles;
import io.retentionflow.customers.ImportKind;
import io.retentionflow.customers.ImportReport;
import io.retentionflow.customers.ImportService;
import io.retentionflow.customers.ImportSource;
import io.retentionflow.modeling.GeneratedCustomerBase;
import io.retentionflow.modeling.ModelFit;
import io.retentionflow.modeling.ModelRefreshService;
import io.retentionflow.support.PostgresTestDatabase;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The benchmark suite of issue 7: every figure measured in one run, on PostgreSQL, on data generated
 * deterministically at sizes times {@code scale}; written to {@code results.md} and {@code results.json}.
 * Short figures are medians of repeated runs; the import, the model, the list build and the two campaign runs are
 * measured once each, taking seconds to minutes.
 */
final class BenchmarkSuite {

    /** The parts of the suite by name, for {@code -Dbenchmark.only=model,import} while working on one of them. */
    static final Set<String> PARTS = Set.of("startup", "addToList", "import", "model", "listBuild", "headroom",
            "pacing");
    static final int HEAP_TARGET_MB = 512;
    /** The job executor's threads in the product's configuration: the list builds of one night run on as many. */
    private static final int JOB_THREADS = 10;

    private BenchmarkSuite() {
    }

    static BenchmarkReport run(double scale, Set<String> parts, String command, Path output) {
        int runs = scale >= 1 ? 9 : 3;
        List<Figure> figures = new ArrayList<>();
        try {
            Files.createDirectories(output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (HeapPeak heap = new HeapPeak()) {
            // first, before this JVM has loaded the product: start-up is the figure most sensitive to load on the machine
            if (parts.contains("startup")) {
                figures.add(StartupBenchmark.measure(scale >= 1 ? 3 : 1, output));
            }
            SandboxWorkTiming sandboxWork = new SandboxWorkTiming();
            try (ConfigurableApplicationContext app = startOnPostgres(sandboxWork)) {
                if (parts.contains("addToList")) {
                    figures.addAll(AddToListBenchmark.measure(app, sandboxWork, scaled(5_000, scale, 50), runs));
                    heap.recordLiveHeap();
                }
                if (parts.contains("import")) {
                    figures.add(importAgainstCopy(app, scaled(1_000_000, scale, 1_000)));
                    heap.recordLiveHeap();
                }
                if (parts.contains("model")) {
                    figures.add(model(app, scaled(1_000_000, scale, 1_000)));
                    heap.recordLiveHeap();
                }
                if (parts.contains("listBuild")) {
                    figures.add(ListBuildBenchmark.measure(app, scaled(1_000_000, scale, 1_000), JOB_THREADS));
                    heap.recordLiveHeap();
                }
            }
            if (parts.contains("headroom")) {
                figures.addAll(CampaignRunBenchmark.headroom(scaled(1_000_000, scale, 1_000), heap));
            }
            if (parts.contains("pacing")) {
                figures.addAll(CampaignRunBenchmark.pacing(scaled(250_000, scale, 1_000), heap));
            }
            figures.add(memory(heap));
        }
        BenchmarkReport report = BenchmarkReport.of(command, scale, figures);
        report.write(output);
        System.out.println(report.markdown());
        return report;
    }

    /**
     * The product with the sandbox profile on a new PostgreSQL database: the sandbox's pace lifted so only its work is
     * measured, no demo data, no job executor (nothing runs in the background while figures are taken).
     */
    private static ConfigurableApplicationContext startOnPostgres(SandboxWorkTiming sandboxWork) {
        return new SpringApplicationBuilder(RetentionFlowApplication.class)
                .profiles("sandbox")
                .initializers(context -> context.getBeanFactory().registerSingleton("sandboxWorkTiming", sandboxWork))
                .run("--spring.datasource.url=" + PostgresTestDatabase.createDatabase("benchmark"),
                        "--spring.datasource.username=" + PostgresTestDatabase.USER,
                        "--spring.datasource.password=" + PostgresTestDatabase.PASSWORD,
                        "--spring.datasource.hikari.maximum-pool-size=10",
                        "--server.port=0",
                        "--camunda.bpm.job-execution.enabled=false",
                        "--sandbox.pace-per-minute=0",
                        "--sandbox.seed-demo=false",
                        "--imports.demo-data=false");
    }

    /**
     * The transaction import against PostgreSQL's own {@code COPY … FROM STDIN} (what psql's {@code \copy} sends) of
     * the same file into a bare table without keys or indexes, one after the other on the same database.
     */
    private static Figure importAgainstCopy(ConfigurableApplicationContext app, int transactions) {
        ImportService imports = app.getBean(ImportService.class);
        int customers = Math.max(1, transactions / 10);
        try {
            Path folder = Files.createTempDirectory("benchmark-import");
            Path customerFile = ImportFiles.customers(folder, "customers.csv", customers);
            Path transactionFile = ImportFiles.transactions(folder, "transactions.csv", transactions, customers);
            imports.importNow(ImportKind.CUSTOMERS, ImportSource.UPLOAD, "customers.csv", customerFile);

            DataSource dataSource = app.getBean(DataSource.class);
            double copySeconds = copy(dataSource, transactionFile, """
                    create table benchmark_copy (id text, customer_id text, occurred_at timestamptz,
                                                 amount numeric)""");
            double keyedCopySeconds = copy(dataSource, transactionFile,
                    "create table benchmark_copy (like customer_transaction including all)");
            long start = System.nanoTime();
            ImportReport report = imports.importNow(ImportKind.TRANSACTIONS, ImportSource.UPLOAD, "transactions.csv",
                    transactionFile);
            double importSeconds = (System.nanoTime() - start) / 1e9;
            if (report.imported() != transactions) {
                throw new IllegalStateException("the import did not take every transaction: " + report);
            }
            Files.delete(customerFile);
            Files.delete(transactionFile);
            return new Figure("import of %,d transactions from CSV, as a multiple of COPY".formatted(transactions),
                    importSeconds / copySeconds, "×", 2.0,
                    ("import %.2f s, COPY of the same file into a bare table %.2f s; into a table with the keys and"
                            + " indexes of customer_transaction %.2f s (%.1f×); one run each, COPY first")
                            .formatted(importSeconds, copySeconds, keyedCopySeconds, keyedCopySeconds / copySeconds));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** COPY of the file into a new table {@code benchmark_copy} made by {@code create}, dropped afterwards. */
    private static double copy(DataSource dataSource, Path file, String create) throws IOException {
        try (Connection connection = dataSource.getConnection(); Reader csv = Files.newBufferedReader(file)) {
            connection.createStatement().execute(create);
            long start = System.nanoTime();
            connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("copy benchmark_copy (id, customer_id, occurred_at, amount) from stdin (format csv, header true)", csv);
            double seconds = (System.nanoTime() - start) / 1e9;
            connection.createStatement().execute("drop table benchmark_copy");
            return seconds;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Fit and scoring of a generated base that replaces the imported customers. */
    private static Figure model(ConfigurableApplicationContext app, int customers) {
        JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
        jdbc.execute("truncate customer, customer_transaction cascade");
        GeneratedCustomerBase.insert(jdbc, customers);
        System.gc();
        long start = System.nanoTime();
        ModelFit fit = app.getBean(ModelRefreshService.class).refresh(GeneratedCustomerBase.AS_OF);
        double seconds = (System.nanoTime() - start) / 1e9;
        if (fit.customers() != customers) {
            throw new IllegalStateException("the model did not score every customer: " + fit);
        }
        return new Figure("model: fit BG/NBD and Gamma-Gamma, score %,d customers".formatted(customers), seconds, "s",
                60.0, "one run");
    }

    /**
     * The heap of this JVM over the whole run. The target is the heap the suite is meant to run in: with more (a run
     * without {@code -Pbenchmark}), it is not the figure of the issue, and the note says so.
     */
    private static Figure memory(HeapPeak heap) {
        long maxHeap = Runtime.getRuntime().maxMemory() >> 20;
        String run = maxHeap <= HEAP_TARGET_MB
                ? "completed in a JVM of -Xmx%dm (the start-up JVMs too)".formatted(maxHeap)
                : "this JVM had %d MB of heap, not %d MB: the figure of a -Pbenchmark run only".formatted(maxHeap,
                        HEAP_TARGET_MB);
        return new Figure("memory: most live heap, after a full collection at the end of each part",
                heap.mostLiveMegabytes(), "MB", (double) HEAP_TARGET_MB,
                run + "; %d full collections of the JVM's own; before a young collection at most %d MB (G1 fills the"
                        .formatted(heap.fullCollectionsOfItsOwn(), heap.mostBeforeCollectionMegabytes())
                        + " heap it is given before collecting)");
    }

    private static int scaled(int size, double scale, int smallest) {
        return (int) Math.max(smallest, Math.round(size * scale));
    }
}
