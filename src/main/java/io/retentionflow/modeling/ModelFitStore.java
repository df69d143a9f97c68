package io.retentionflow.modeling;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

/** The {@code model_fit} table: every refresh's parameters, newest last. */
@Component
public class ModelFitStore {

    private final JdbcClient jdbc;

    ModelFitStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Serialises refreshes across nodes: held until the refreshing transaction ends. */
    void lockForRefresh() {
        jdbc.sql("select id from model_refresh_lock where id = 1 for update").query(Integer.class).single();
    }

    long insert(ModelFit fit) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into model_fit (as_of, time_unit, fitted_at, customers, customers_fitted, spenders_fitted,
                    bgnbd_r, bgnbd_alpha, bgnbd_a, bgnbd_b, bgnbd_log_likelihood,
                    gg_p, gg_q, gg_gamma, gg_log_likelihood, clv_horizon_months)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(fit.asOf(), fit.timeUnit(), fit.fittedAt(), fit.customers(), fit.customersFitted(),
                        fit.spendersFitted(), fit.bgNbd().r(), fit.bgNbd().alpha(), fit.bgNbd().a(), fit.bgNbd().b(),
                        fit.bgNbdLogLikelihood(), fit.gammaGamma().p(), fit.gammaGamma().q(), fit.gammaGamma().gamma(),
                        fit.gammaGammaLogLikelihood(), fit.clvHorizonMonths())
                .update(key, "id");
        return key.getKey().longValue();
    }

    void updateCustomerCount(long fitId, long customers) {
        jdbc.sql("update model_fit set customers = ? where id = ?").params(customers, fitId).update();
    }

    /** Customers with more than one transaction: a cheap upper bound of the customers Gamma-Gamma can use. */
    long customersWithRepeatPurchases() {
        return jdbc.sql("""
                select count(*) from (select customer_id from customer_transaction
                group by customer_id having count(*) > 1) repeaters""").query(Long.class).single();
    }

    /** The model now in use: the latest refresh's. */
    public Optional<ModelFit> latest() {
        return jdbc.sql("select * from model_fit order by id desc fetch first 1 rows only")
                .query(ModelFitStore::fit).optional();
    }

    private static ModelFit fit(ResultSet row, int number) throws SQLException {
        return new ModelFit(row.getLong("id"), row.getObject("as_of", LocalDate.class), row.getString("time_unit"),
                row.getObject("fitted_at", OffsetDateTime.class), row.getLong("customers"),
                row.getLong("customers_fitted"), row.getLong("spenders_fitted"),
                new BgNbdParameters(row.getDouble("bgnbd_r"), row.getDouble("bgnbd_alpha"), row.getDouble("bgnbd_a"),
                        row.getDouble("bgnbd_b")),
                row.getDouble("bgnbd_log_likelihood"),
                new GammaGammaParameters(row.getDouble("gg_p"), row.getDouble("gg_q"), row.getDouble("gg_gamma")),
                row.getDouble("gg_log_likelihood"), row.getInt("clv_horizon_months"));
    }
}
