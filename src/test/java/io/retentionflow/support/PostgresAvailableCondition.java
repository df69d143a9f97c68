package io.retentionflow.support;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Decides {@link RequiresPostgres}: run, skip with a reason, or fail in CI. */
class PostgresAvailableCondition implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (PostgresTestDatabase.reachable()) {
            return ConditionEvaluationResult.enabled("PostgreSQL reachable at " + PostgresTestDatabase.serverUrl());
        }
        String reason = "PostgreSQL is not reachable at %s (set RF_TEST_POSTGRES_URL, RF_TEST_POSTGRES_USER, "
                .formatted(PostgresTestDatabase.serverUrl()) + "RF_TEST_POSTGRES_PASSWORD)";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException(reason + "; CI=true, so PostgreSQL tests must run");
        }
        return ConditionEvaluationResult.disabled(reason + "; PostgreSQL tests skipped");
    }
}
