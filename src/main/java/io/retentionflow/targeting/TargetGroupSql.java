package io.retentionflow.targeting;

/**
 * The SQL every use of a target group shares: who can be a member, and how value at risk is
 * measured. The nightly run selects recipients with {@code select c.id ... from MEMBERS where} the
 * group's {@link SqlCondition}.
 */
public final class TargetGroupSql {

    /**
     * Members are the customers the latest model refresh scored (prospects included, as the model
     * writes them with stage {@code prospect}); a customer imported since has no model outputs yet.
     */
    public static final String MEMBERS = "customer c join customer_model m on m.customer_id = c.id";

    /**
     * Value at risk: the part of a customer's predicted lifetime value that rides on them still
     * being a customer, CLV × (1 − P(alive)). It is large where valuable customers are slipping
     * away, which is where a retention campaign pays.
     */
    public static final String VALUE_AT_RISK = "m.clv * (1 - m.p_alive)";

    private TargetGroupSql() {}
}
