package io.retentionflow.targeting;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** The comparisons a condition may use: the rule's {@code op}, and the field types each is valid for. */
public enum Operator {
    EQ("=", Operand.ONE, EnumSet.allOf(FieldType.class)),
    NE("!=", Operand.ONE, EnumSet.allOf(FieldType.class)),
    LT("<", Operand.ONE, EnumSet.of(FieldType.NUMBER)),
    LTE("<=", Operand.ONE, EnumSet.of(FieldType.NUMBER)),
    GT(">", Operand.ONE, EnumSet.of(FieldType.NUMBER)),
    GTE(">=", Operand.ONE, EnumSet.of(FieldType.NUMBER)),
    BETWEEN("between", Operand.RANGE, EnumSet.of(FieldType.NUMBER)),
    IN("in", Operand.LIST, EnumSet.allOf(FieldType.class)),
    NOT_IN("not_in", Operand.LIST, EnumSet.allOf(FieldType.class)),
    CONTAINS("contains", Operand.ONE, EnumSet.of(FieldType.TEXT)),
    STARTS_WITH("starts_with", Operand.ONE, EnumSet.of(FieldType.TEXT)),
    IS_NULL("is_null", Operand.NONE, EnumSet.of(FieldType.NUMBER, FieldType.TEXT)),
    IS_NOT_NULL("is_not_null", Operand.NONE, EnumSet.of(FieldType.NUMBER, FieldType.TEXT));

    /** What the condition's {@code value} must be. */
    public enum Operand { NONE, ONE, RANGE, LIST }

    private final String token;
    private final Operand operand;
    private final Set<FieldType> types;

    Operator(String token, Operand operand, Set<FieldType> types) {
        this.token = token;
        this.operand = operand;
        this.types = types;
    }

    public String token() {
        return token;
    }

    public Operand operand() {
        return operand;
    }

    public boolean accepts(FieldType type) {
        return types.contains(type);
    }

    public static Optional<Operator> ofToken(String token) {
        return Arrays.stream(values()).filter(op -> op.token.equals(token)).findFirst();
    }
}
