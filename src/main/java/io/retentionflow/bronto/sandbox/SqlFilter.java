package io.retentionflow.bronto.sandbox;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import io.retentionflow.bronto.soap.DateValue;
import io.retentionflow.bronto.soap.FilterOperator;
import io.retentionflow.bronto.soap.FilterType;
import io.retentionflow.bronto.soap.StringValue;

/**
 * A Bronto read filter as a SQL where clause with named parameters. Criteria combine by the filter's type (AND
 * unless OR). Several plain values of one field (ids, statuses) are one criterion, matching any of them; each
 * stringValue and dateValue is a criterion of its own, so {@code modified AfterOrSameDay x AND modified Before y}
 * reads as a range.
 */
final class SqlFilter {

    private final String joiner;
    private final List<String> criteria = new ArrayList<>();
    private final Map<String, Object> params = new HashMap<>();

    private SqlFilter(FilterType type) {
        this.joiner = type == FilterType.OR ? " or " : " and ";
    }

    static SqlFilter of(FilterType type) {
        return new SqlFilter(type);
    }

    SqlFilter ids(String column, SandboxId type, List<String> ids) {
        List<String> given = present(ids);
        if (given.isEmpty()) {
            return this;
        }
        List<Long> rowIds = given.stream().map(type::parse).flatMap(Optional::stream).toList();
        return in(column, rowIds, true);
    }

    SqlFilter values(String column, List<String> values) {
        return in(column, present(values), false);
    }

    /** A criterion such as "is on one of these lists", given as SQL with a single collection parameter. */
    SqlFilter matchingIds(String clauseWithParam, SandboxId type, List<String> ids) {
        List<String> given = present(ids);
        if (given.isEmpty()) {
            return this;
        }
        List<Long> rowIds = given.stream().map(type::parse).flatMap(Optional::stream).toList();
        if (rowIds.isEmpty()) {
            criteria.add("1 = 0");
            return this;
        }
        criteria.add(clauseWithParam.replace(":ids", ":" + param(rowIds)));
        return this;
    }

    /**
     * @param storedLowercase the column holds lowercase text only (emails), so the value is lowercased instead of the
     *                        column: the comparison stays case-insensitive and PostgreSQL can still use the column's index
     */
    SqlFilter strings(String column, List<StringValue> values, boolean storedLowercase) {
        List<String> equalTo = new ArrayList<>();
        for (StringValue value : present(values)) {
            String text = Objects.requireNonNullElse(value.getValue(), "");
            text = storedLowercase ? text.toLowerCase(Locale.ROOT) : text;
            FilterOperator operator = operatorOf(value.getOperator());
            if (operator == FilterOperator.EQUAL_TO && isOr()) {
                equalTo.add(text);
            } else {
                criteria.add(stringCriterion(column, operator, text));
            }
        }
        // many addresses ORed, as a client looks contacts up: one IN the column's index answers, where as many ORs
        // beside the ordering by id made PostgreSQL scan the whole table for each page
        if (!equalTo.isEmpty()) {
            criteria.add(column + " in (:" + param(equalTo) + ")");
        }
        return this;
    }

    private boolean isOr() {
        return joiner.equals(" or ");
    }

    /** A criterion the sandbox cannot evaluate: refused with 106 rather than ignored, which would widen the read. */
    SqlFilter unsupported(String criterion, List<?> values) {
        if (!present(values).isEmpty()) {
            throw new SandboxFault(FaultCode.UNVERIFIABLE_PARAMETER, "The sandbox does not support filtering by " + criterion + ".");
        }
        return this;
    }

    SqlFilter dates(String column, List<DateValue> values) {
        for (DateValue value : present(values)) {
            if (value.getValue() == null) {
                throw new SandboxFault(FaultCode.INVALID_REQUEST, "A date filter needs a value.");
            }
            criteria.add(dateCriterion(column, operatorOf(value.getOperator()), XmlDateTimes.toOffsetDateTime(value.getValue())));
        }
        return this;
    }

    /** A criterion the caller phrases itself; its parameters must not clash with the generated {@code pN} names. */
    SqlFilter clause(String sql, Map<String, ?> clauseParams) {
        criteria.add(sql);
        params.putAll(clauseParams);
        return this;
    }

    String where() {
        return criteria.isEmpty() ? "" : " where (" + String.join(")" + joiner + "(", criteria) + ")";
    }

    Map<String, Object> params() {
        return params;
    }

    /** @param noneMatchWhenEmpty values were given but none is usable (ids of another kind): the criterion matches nothing */
    private SqlFilter in(String column, Collection<?> values, boolean noneMatchWhenEmpty) {
        if (values.isEmpty()) {
            if (noneMatchWhenEmpty) {
                criteria.add("1 = 0");
            }
            return this;
        }
        criteria.add(column + " in (:" + param(values) + ")");
        return this;
    }

    private String stringCriterion(String subject, FilterOperator operator, String text) {
        String escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return switch (operator) {
            case EQUAL_TO -> subject + " = :" + param(text);
            case NOT_EQUAL_TO -> subject + " <> :" + param(text);
            case STARTS_WITH -> subject + " like :" + param(escaped + "%") + " escape '\\'";
            case ENDS_WITH -> subject + " like :" + param("%" + escaped) + " escape '\\'";
            case CONTAINS -> subject + " like :" + param("%" + escaped + "%") + " escape '\\'";
            case DOES_NOT_START_WITH -> subject + " not like :" + param(escaped + "%") + " escape '\\'";
            case DOES_NOT_END_WITH -> subject + " not like :" + param("%" + escaped) + " escape '\\'";
            case DOES_NOT_CONTAIN -> subject + " not like :" + param("%" + escaped + "%") + " escape '\\'";
            case GREATER_THAN -> subject + " > :" + param(text);
            case LESS_THAN -> subject + " < :" + param(text);
            case GREATER_THAN_EQUAL_TO -> subject + " >= :" + param(text);
            case LESS_THAN_EQUAL_TO -> subject + " <= :" + param(text);
            default -> throw new SandboxFault(FaultCode.INVALID_REQUEST,
                    "The operator " + operator.value() + " does not apply to text.");
        };
    }

    /** Day and year operators use the calendar of the offset the caller wrote the value in. */
    private String dateCriterion(String column, FilterOperator operator, OffsetDateTime value) {
        OffsetDateTime day = value.toLocalDate().atStartOfDay().atOffset(value.getOffset());
        OffsetDateTime year = day.withDayOfYear(1);
        return switch (operator) {
            case EQUAL_TO -> column + " = :" + param(value);
            case NOT_EQUAL_TO -> column + " <> :" + param(value);
            case GREATER_THAN, AFTER -> column + " > :" + param(value);
            case LESS_THAN, BEFORE -> column + " < :" + param(value);
            case GREATER_THAN_EQUAL_TO -> column + " >= :" + param(value);
            case LESS_THAN_EQUAL_TO -> column + " <= :" + param(value);
            case SAME_DAY -> within(column, day, day.plusDays(1));
            case NOT_SAME_DAY -> "not (" + within(column, day, day.plusDays(1)) + ")";
            case SAME_YEAR -> within(column, year, year.plusYears(1));
            case NOT_SAME_YEAR -> "not (" + within(column, year, year.plusYears(1)) + ")";
            case AFTER_OR_SAME_DAY -> column + " >= :" + param(day);
            case BEFORE_OR_SAME_DAY -> column + " < :" + param(day.plusDays(1));
            default -> throw new SandboxFault(FaultCode.INVALID_REQUEST,
                    "The operator " + operator.value() + " does not apply to dates.");
        };
    }

    private String within(String column, OffsetDateTime from, OffsetDateTime until) {
        return column + " >= :" + param(from) + " and " + column + " < :" + param(until);
    }

    private static FilterOperator operatorOf(FilterOperator operator) {
        return operator == null ? FilterOperator.EQUAL_TO : operator;
    }

    private String param(Object value) {
        String name = "p" + params.size();
        params.put(name, value);
        return name;
    }

    private static <T> List<T> present(List<T> values) {
        return values.stream().filter(Objects::nonNull).toList();
    }
}
