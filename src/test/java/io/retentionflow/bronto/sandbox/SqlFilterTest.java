package io.retentionflow.bronto.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import io.retentionflow.bronto.soap.FilterOperator;
import io.retentionflow.bronto.soap.StringValue;
import org.junit.jupiter.api.Test;

class SqlFilterTest {

    /** Emails are stored lowercase: lowering the value, not the column, keeps the column's index usable. */
    @Test
    void anEmailCriterionComparesTheColumnItselfWithTheLowercasedValue() {
        SqlFilter filter = SqlFilter.of(null).strings("c.email", List.of(value(FilterOperator.EQUAL_TO, "Paul.Davis1@Example.NET")), true);

        assertThat(filter.where()).isEqualTo(" where (c.email = :p0)");
        assertThat(filter.params()).containsEntry("p0", "paul.davis1@example.net");
    }

    @Test
    void aCriterionTheSandboxCannotEvaluateIsRefusedWith106NotIgnored() {
        assertThatThrownBy(() -> SqlFilter.of(null).unsupported("segmentId", List.of("x")))
                .isInstanceOfSatisfying(SandboxFault.class, fault -> {
                    assertThat(fault.code()).isEqualTo(FaultCode.UNVERIFIABLE_PARAMETER);
                    assertThat(fault.code().code()).isEqualTo(106);
                    assertThat(fault.getMessage()).contains("segmentId");
                });
        assertThat(SqlFilter.of(null).unsupported("segmentId", List.of()).where()).isEmpty();
    }

    private static StringValue value(FilterOperator operator, String text) {
        StringValue value = new StringValue();
        value.setOperator(operator);
        value.setValue(text);
        return value;
    }
}
