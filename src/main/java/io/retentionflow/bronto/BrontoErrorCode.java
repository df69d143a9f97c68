package io.retentionflow.bronto;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Bronto's documented error codes (shared/bronto-api.md, section 4), with what a caller should
 * do about each: retry later, fix the credentials, sign in again, stop paging, or accept that
 * Bronto rejected the request. The client and the sandbox both speak in these codes.
 */
public enum BrontoErrorCode {
    UNKNOWN_ERROR(101, Kind.RETRY_LATER),
    INVALID_TOKEN(102, Kind.AUTHENTICATION),
    INVALID_SESSION_TOKEN(103, Kind.SESSION_EXPIRED),
    INVALID_ACCESS(104, Kind.AUTHENTICATION),
    EMPTY_INPUT(105, Kind.REJECTED),
    UNVERIFIABLE_PARAMETER(106, Kind.REJECTED),
    INVALID_REQUEST(107, Kind.REJECTED),
    SHARD_OFFLINE(108, Kind.RETRY_LATER),
    SITE_INACTIVE(109, Kind.AUTHENTICATION),
    REQUIRED_FIELDS_MISSING(110, Kind.REJECTED),
    UNAUTHORIZED_IP(111, Kind.AUTHENTICATION),
    INVALID_FILTER_TYPE(112, Kind.REJECTED),
    READ_ERROR(113, Kind.RETRY_LATER),
    PAGE_SIZE_ABOVE_MAXIMUM(114, Kind.REJECTED),
    PAGE_SIZE_BELOW_MINIMUM(115, Kind.REJECTED),
    END_OF_QUERY(116, Kind.END_OF_QUERY),
    DEPRECATED_FUNCTION(117, Kind.REJECTED),
    PAGE_SIZE_TOO_SMALL(118, Kind.REJECTED),
    SITE_LOCKED(119, Kind.AUTHENTICATION),
    INVALID_SITE(120, Kind.AUTHENTICATION),
    INACTIVE_TOKEN(121, Kind.AUTHENTICATION),

    INVALID_START_DATE(201, Kind.REJECTED),
    INVALID_FROM_EMAIL(202, Kind.REJECTED),
    FATAL_SEND_ERROR(203, Kind.REJECTED),
    INVALID_RECIPIENT_TYPE(204, Kind.REJECTED),
    MESSAGE_NOT_FOUND(205, Kind.REJECTED),
    LIST_NOT_FOUND(206, Kind.REJECTED),
    SEGMENT_NOT_FOUND(207, Kind.REJECTED),
    SUBSCRIBER_NOT_FOUND(208, Kind.REJECTED),
    NO_RECIPIENTS(209, Kind.REJECTED),
    INVALID_MESSAGE_RULE(210, Kind.REJECTED),
    INVALID_FROM_NAME(213, Kind.REJECTED),
    MESSAGE_NOT_APPROVED_FOR_TRANSACTIONAL(215, Kind.REJECTED),
    INVALID_MESSAGE_FIELD_POSITION(216, Kind.REJECTED),
    MESSAGE_FIELD_POSITION_TAKEN(217, Kind.REJECTED),
    DELIVERY_NOT_FOUND(219, Kind.REJECTED),
    INVALID_THROTTLE(220, Kind.REJECTED),

    INVALID_CONTACT_REQUEST(301, Kind.REJECTED),
    CONTACT_NOT_FOUND(302, Kind.REJECTED),
    INVALID_EMAIL(303, Kind.REJECTED),
    INVALID_STATUS(304, Kind.REJECTED),
    CONTACT_ALREADY_EXISTS(305, Kind.REJECTED),
    INVALID_FIELD_ATTRIBUTES(306, Kind.REJECTED),
    TOO_MANY_SEARCH_ITEMS(311, Kind.REJECTED),
    TOO_MANY_LISTS(312, Kind.REJECTED),
    TOO_MANY_SEGMENTS(313, Kind.REJECTED),
    EMAIL_ON_ANOTHER_CONTACT(314, Kind.REJECTED),
    EMAIL_SUPPRESSED(315, Kind.REJECTED),
    EMAIL_TOO_LONG(317, Kind.REJECTED),
    MOBILE_ON_ANOTHER_CONTACT(318, Kind.REJECTED),
    INVALID_MOBILE(319, Kind.REJECTED),
    EMAIL_OR_MOBILE_REQUIRED(320, Kind.REJECTED),

    INVALID_FIELD(401, Kind.REJECTED),
    FIELD_NAME_EXISTS(402, Kind.REJECTED),
    INVALID_FIELD_TYPE(403, Kind.REJECTED),
    INVALID_FIELD_NAME(404, Kind.REJECTED),
    INVALID_FIELD_VISIBILITY(405, Kind.REJECTED),
    FIELD_ALLOCATION_EXCEEDED(408, Kind.REJECTED),
    INVALID_FIELD_VALUE(409, Kind.REJECTED),
    FIELD_VALUE_TOO_LARGE(410, Kind.REJECTED),
    FIELD_USED_BY_SEGMENT(411, Kind.REJECTED),

    INVALID_LIST(501, Kind.REJECTED),
    LIST_ALREADY_EXISTS(502, Kind.REJECTED),
    LIST_IS_SEGMENTED(503, Kind.REJECTED),
    LIST_HAS_AUTOMATORS(504, Kind.REJECTED),
    LIST_HAS_DELIVERIES(505, Kind.REJECTED),
    ALREADY_ON_LIST(506, Kind.REJECTED),
    MAX_CONTACTS_EXCEEDED(507, Kind.REJECTED),
    NO_CONTACTS_SPECIFIED(508, Kind.REJECTED),
    LABEL_LENGTH_EXCEEDED(509, Kind.REJECTED),
    NAME_LENGTH_EXCEEDED(510, Kind.REJECTED),

    INVALID_FOLDER_ID(601, Kind.REJECTED),
    INVALID_FOLDER_NAME(602, Kind.REJECTED),
    INVALID_MESSAGE(603, Kind.REJECTED),
    INVALID_AUTOMATOR(604, Kind.REJECTED),
    INVALID_SOURCE_TEMPLATE(605, Kind.REJECTED),
    NO_CONTENT(606, Kind.REJECTED),
    INVALID_CONTENT_TYPE(607, Kind.REJECTED),
    NO_SUBJECT(608, Kind.REJECTED),
    INVALID_DYNAMIC_CONTENT(609, Kind.REJECTED),
    INVALID_RULE_NAME(610, Kind.REJECTED),
    INVALID_RULE_TYPE(611, Kind.REJECTED),
    INVALID_RULE_STATUS(612, Kind.REJECTED),
    RULE_ALREADY_EXISTS(613, Kind.REJECTED),
    FOLDER_ALREADY_EXISTS(614, Kind.REJECTED),
    MESSAGE_ALREADY_EXISTS(615, Kind.REJECTED);

    /** What a caller does about an error. */
    public enum Kind {
        /** Bronto is busy or down: the same call may succeed later. */
        RETRY_LATER,
        /** The token, its permissions or the caller's IP: no retry helps until someone fixes the account. */
        AUTHENTICATION,
        /** The session is gone: sign in again and repeat the call once. */
        SESSION_EXPIRED,
        /** A read went past its last page. */
        END_OF_QUERY,
        /** Bronto understood the request and refused it. */
        REJECTED
    }

    private static final Map<Integer, BrontoErrorCode> BY_CODE =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(BrontoErrorCode::code, Function.identity()));

    private final int code;
    private final Kind kind;

    BrontoErrorCode(int code, Kind kind) {
        this.code = code;
        this.kind = kind;
    }

    public int code() {
        return code;
    }

    public Kind kind() {
        return kind;
    }

    public static Optional<BrontoErrorCode> of(int code) {
        return Optional.ofNullable(BY_CODE.get(code));
    }

    /** An undocumented code is taken as a refusal: retrying what Bronto does not explain rarely helps. */
    public static Kind kindOf(int code) {
        return of(code).map(BrontoErrorCode::kind).orElse(Kind.REJECTED);
    }
}
