package io.retentionflow.customers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The embedded default (sandbox profile) on a new database: the demo customers and purchases, dated up to yesterday. */
@SpringBootTest(properties = {
    "spring.datasource.url=jdbc:h2:mem:imports-demo;DB_CLOSE_DELAY=-1",
    "camunda.bpm.job-execution.enabled=false"
})
class DemoDataLoaderTest {

    @Autowired
    DemoDataLoader loader;

    @Autowired
    JdbcClient jdbc;

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private LocalDate dayOf(String sql) {
        return jdbc.sql(sql).query(OffsetDateTime.class).single().withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
    }

    @Test
    void theDemoDataIsImportedWithItsDatesMovedSoThatTheLastPurchaseWasYesterday() {
        LocalDate yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1);
        long shift = java.time.temporal.ChronoUnit.DAYS.between(LocalDate.of(1998, 6, 30), yesterday);

        assertThat(count("select count(*) from customer")).isEqualTo(2_357);
        assertThat(count("select count(*) from customer_transaction")).isEqualTo(6_919);
        assertThat(dayOf("select max(occurred_at) from customer_transaction")).isEqualTo(yesterday);
        assertThat(dayOf("select min(occurred_at) from customer_transaction")).isEqualTo(LocalDate.of(1997, 1, 1).plusDays(shift));
        assertThat(jdbc.sql("select signup_date from customer where id = '1'").query(LocalDate.class).single())
                .isEqualTo(LocalDate.of(1997, 1, 29).plusDays(shift));
        assertThat(count("select count(*) from data_import where source = 'demo' and status = 'completed'")).isEqualTo(2);
    }

    @Test
    void aSecondStartLoadsNothing() {
        loader.run(new DefaultApplicationArguments());

        assertThat(count("select count(*) from customer")).isEqualTo(2_357);
        assertThat(count("select count(*) from data_import where source = 'demo'")).isEqualTo(2);
    }
}
