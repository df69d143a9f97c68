package io.retentionflow.modeling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.retentionflow.system.InvalidRequestException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The refresh against a real database: what it writes for every customer, on H2 and PostgreSQL
 * alike (subclasses pick the database).
 */
abstract class ModelRefreshContract {

    static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

    @Autowired
    ModelRefreshService refresh;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void aSmallShop() {
        jdbc.update("delete from customer_model");
        jdbc.update("delete from customer_transaction");
        jdbc.update("delete from customer_attribute");
        jdbc.update("delete from customer");
        Random random = new Random(7);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        for (int c = 1; c <= 300; c++) {
            jdbc.update("insert into customer (id, email, created_at, updated_at) values (?, ?, ?, ?)",
                    "c" + c, "c" + c + "@example.com", now, now);
            // customers 281..300 never bought: prospects
            if (c > 280) {
                continue;
            }
            LocalDate day = AS_OF.minusDays(30 + random.nextInt(600));
            int purchases = 1 + random.nextInt(c % 3 == 0 ? 8 : 2);
            for (int p = 0; p < purchases && !day.isAfter(AS_OF.plusDays(20)); p++) {
                jdbc.update("insert into customer_transaction (id, customer_id, occurred_at, amount) values (?, ?, ?, ?)",
                        "t" + c + "-" + p, "c" + c, day.atTime(12, 0).atOffset(ZoneOffset.UTC),
                        BigDecimal.valueOf(10 + random.nextInt(90)));
                day = day.plusDays(1 + random.nextInt(120));
            }
        }
    }

    @Test
    void modelsEveryCustomerFromThePurchasesUpToTheDateOnly() {
        ModelFit fit = refresh.refresh(AS_OF);

        assertThat(fit.asOf()).isEqualTo(AS_OF);
        assertThat(fit.customers()).isEqualTo(300);
        assertThat(fit.customersFitted()).isEqualTo(jdbc.queryForObject("""
                select count(distinct customer_id) from customer_transaction where occurred_at < ?""",
                Long.class, AS_OF.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC)));
        assertThat(fit.bgNbdLogLikelihood()).isNegative();
        assertThat(jdbc.queryForObject("select count(*) from customer_model", Long.class)).isEqualTo(300);
        assertThat(jdbc.queryForObject("select max(last_purchase_date) from customer_model", LocalDate.class))
                .isBeforeOrEqualTo(AS_OF);
        assertThat(jdbc.queryForObject("select count(*) from customer_model where lifecycle_stage = 'prospect'",
                Long.class)).isEqualTo(20);
        assertThat(jdbc.queryForObject("""
                select count(*) from customer_model where p_alive < 0 or p_alive > 1 or clv < 0
                or r_score not between 1 and 5 or f_score not between 1 and 5 or m_score not between 1 and 5""",
                Long.class)).isZero();
        assertThat(jdbc.queryForObject("""
                select count(*) from customer_model where micro_segment <> lifecycle_stage || '/' || value_tier""",
                Long.class)).isZero();
    }

    @Test
    void splitsBuyersIntoValueTiersOfAboutAThird() {
        refresh.refresh(AS_OF);

        Map<String, Long> tiers = jdbc.queryForList("""
                        select value_tier, count(*) as n from customer_model where lifecycle_stage <> 'prospect'
                        group by value_tier""").stream()
                .collect(Collectors.toMap(row -> (String) row.get("value_tier"), row -> ((Number) row.get("n")).longValue()));
        long buyers = tiers.values().stream().mapToLong(Long::longValue).sum();
        assertThat(tiers.keySet()).containsExactlyInAnyOrder("low", "medium", "high");
        tiers.values().forEach(n -> assertThat((double) n / buyers).isCloseTo(1 / 3.0, within(0.05)));
    }

    @Test
    void aSecondRefreshReplacesTheFirst() {
        long first = refresh.refresh(AS_OF.minusDays(60)).id();
        ModelFit second = refresh.refresh(AS_OF);

        assertThat(second.id()).isGreaterThan(first);
        assertThat(jdbc.queryForObject("select count(distinct fit_id) from customer_model", Long.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select min(fit_id) from customer_model", Long.class)).isEqualTo(second.id());
    }

    @Test
    void tooFewPurchasesGetAClearRefusal() {
        assertThatThrownBy(() -> refresh.refresh(LocalDate.of(2020, 1, 1)))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("Not enough purchases up to 2020-01-01");
    }

    @Test
    void keepsCustomerIdsWithCharactersThatCopyEscapes() {
        String id = "c\\301\tb";
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        jdbc.update("insert into customer (id, email, created_at, updated_at) values (?, ?, ?, ?)", id,
                "c301@example.com", now, now);
        jdbc.update("insert into customer_transaction (id, customer_id, occurred_at, amount) values (?, ?, ?, ?)",
                "t301-0", id, AS_OF.minusDays(10).atTime(12, 0).atOffset(ZoneOffset.UTC), BigDecimal.TEN);

        refresh.refresh(AS_OF);

        assertThat(jdbc.queryForObject("select purchases from customer_model where customer_id = ?", Integer.class, id))
                .isEqualTo(1);
    }
}
