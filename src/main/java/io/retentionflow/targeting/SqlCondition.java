package io.retentionflow.targeting;

import java.util.Map;

/**
 * A compiled rule: a SQL boolean expression over {@code customer c} and {@code customer_model m}
 * with named parameters, and their values. The text holds only whitelisted column expressions and
 * operator symbols; every value from a rule is in {@code params}.
 */
public record SqlCondition(String sql, Map<String, Object> params) {

    public SqlCondition {
        params = Map.copyOf(params);
    }
}
