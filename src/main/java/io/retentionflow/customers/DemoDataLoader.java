package io.retentionflow.customers;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives a new sandbox installation customers to look at: on a start with no customers, the demo files
 * ({@code classpath:demo/}, the CDNOW sample: purchases from 1997-01-01 to 1998-06-30) go through the product's own
 * import, with every date moved by the same whole number of days so that the last day of the sample is
 * yesterday and the data looks current. Under the {@code demo-data} lock, so nodes starting together load it once.
 */
@Component
@Profile("sandbox")
@Order(Ordered.HIGHEST_PRECEDENCE) // before anything that starts from the demo data, such as the demo's model
class DemoDataLoader implements ApplicationRunner {

    static final LocalDate LAST_DAY_OF_THE_SAMPLE = LocalDate.of(1998, 6, 30);

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final ImportProperties properties;
    private final ImportService imports;
    private final ImportLocks locks;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    DemoDataLoader(ImportProperties properties, ImportService imports, ImportLocks locks, JdbcClient jdbc,
            TransactionTemplate transaction) {
        this.properties = properties;
        this.imports = imports;
        this.locks = locks;
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (properties.demoData()) {
            transaction.executeWithoutResult(status -> loadOnce());
        }
    }

    private void loadOnce() {
        locks.lock(ImportLocks.DEMO_DATA);
        if (jdbc.sql("select count(*) from customer").query(Long.class).single() > 0) {
            return;
        }
        LocalDate yesterday = LocalDate.now(properties.timeZone()).minusDays(1);
        long shift = ChronoUnit.DAYS.between(LAST_DAY_OF_THE_SAMPLE, yesterday);
        ImportReport customers = importShifted(ImportKind.CUSTOMERS, "demo/customers.csv", "signup_date", shift);
        ImportReport transactions = importShifted(ImportKind.TRANSACTIONS, "demo/transactions.csv", "occurred_at", shift);
        for (ImportReport report : List.of(customers, transactions)) {
            if (report.status() != ImportStatus.COMPLETED || report.rejected() > 0) {
                throw new IllegalStateException("The demo data did not import cleanly: " + report);
            }
        }
        log.info("Demo data loaded: {} customers, {} transactions, dates moved by {} days", customers.imported(),
                transactions.imported(), shift);
    }

    private ImportReport importShifted(ImportKind kind, String resource, String dateColumn, long days) {
        Path shifted = shiftDates(resource, dateColumn, days);
        try {
            return imports.importNow(kind, ImportSource.DEMO, resource, shifted);
        } finally {
            try {
                Files.deleteIfExists(shifted);
            } catch (IOException e) {
                log.warn("Cannot delete {}", shifted, e);
            }
        }
    }

    /** A copy of the resource with the dates (plain dates, as the demo files have them) of one column moved. */
    private static Path shiftDates(String resource, String dateColumn, long days) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        try {
            Path copy = Files.createTempFile("retention-flow-demo-", ".csv");
            try (Reader in = new InputStreamReader(new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8);
                 CSVParser parser = format.parse(in);
                 Writer out = Files.newBufferedWriter(copy, StandardCharsets.UTF_8);
                 CSVPrinter printer = CSVFormat.DEFAULT.print(out)) {
                List<String> header = parser.getHeaderNames();
                int column = header.indexOf(dateColumn);
                printer.printRecord(header);
                for (CSVRecord record : parser) {
                    List<String> values = new ArrayList<>(record.toList());
                    String date = values.get(column);
                    if (!date.isBlank()) {
                        values.set(column, LocalDate.parse(date).plusDays(days).toString());
                    }
                    printer.printRecord(values);
                }
            }
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
