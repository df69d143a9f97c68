package io.retentionflow.bronto.sandbox;

import io.retentionflow.bronto.BrontoErrorCode;

/**
 * The errors the sandbox answers with, as request faults or per-object results: Bronto's codes
 * ({@link BrontoErrorCode}, shared with the client) with the sandbox's wording of each message. Each constant carries
 * the name of the code it wraps, so a reader never has to check which number {@code X} really is.
 */
public enum FaultCode {
    OK(null, "ok"),
    UNKNOWN_ERROR(BrontoErrorCode.UNKNOWN_ERROR, "An unknown error occurred."),
    INVALID_TOKEN(BrontoErrorCode.INVALID_TOKEN, "Authentication failed for token."),
    INVALID_SESSION_TOKEN(BrontoErrorCode.INVALID_SESSION_TOKEN, "Your session is invalid. Please log in again."),
    EMPTY_INPUT(BrontoErrorCode.EMPTY_INPUT, "You must specify at least one item."),
    UNVERIFIABLE_PARAMETER(BrontoErrorCode.UNVERIFIABLE_PARAMETER, "A parameter could not be verified."),
    INVALID_REQUEST(BrontoErrorCode.INVALID_REQUEST, "There was an error in your soap request."),
    INVALID_FILTER_TYPE(BrontoErrorCode.INVALID_FILTER_TYPE, "Filter type must be AND or OR."),
    PAGE_SIZE_ABOVE_MAXIMUM(BrontoErrorCode.PAGE_SIZE_ABOVE_MAXIMUM, "The page size is above the maximum."),
    PAGE_SIZE_BELOW_MINIMUM(BrontoErrorCode.PAGE_SIZE_BELOW_MINIMUM, "The page size is below the minimum."),
    INVALID_START_DATE(BrontoErrorCode.INVALID_START_DATE, "The delivery start date is invalid."),
    INVALID_FROM_EMAIL(BrontoErrorCode.INVALID_FROM_EMAIL, "The from or reply address is invalid."),
    FATAL_SEND_ERROR(BrontoErrorCode.FATAL_SEND_ERROR, "The delivery cannot be created or changed this way."),
    INVALID_RECIPIENT_TYPE(BrontoErrorCode.INVALID_RECIPIENT_TYPE, "The recipient type or selection is invalid."),
    MESSAGE_NOT_FOUND(BrontoErrorCode.MESSAGE_NOT_FOUND, "The message does not exist."),
    LIST_NOT_FOUND(BrontoErrorCode.LIST_NOT_FOUND, "The list does not exist."),
    SUBSCRIBER_NOT_FOUND(BrontoErrorCode.SUBSCRIBER_NOT_FOUND, "The contact does not exist."),
    NO_RECIPIENTS(BrontoErrorCode.NO_RECIPIENTS, "The delivery has no selected recipients."),
    INVALID_FROM_NAME(BrontoErrorCode.INVALID_FROM_NAME, "The from name is invalid."),
    DELIVERY_NOT_FOUND(BrontoErrorCode.DELIVERY_NOT_FOUND, "The delivery does not exist."),
    INVALID_CONTACT_REQUEST(BrontoErrorCode.INVALID_CONTACT_REQUEST, "The request is invalid for this object."),
    CONTACT_NOT_FOUND(BrontoErrorCode.CONTACT_NOT_FOUND, "The contact does not exist."),
    INVALID_EMAIL(BrontoErrorCode.INVALID_EMAIL, "The email address is invalid."),
    INVALID_STATUS(BrontoErrorCode.INVALID_STATUS, "The status is invalid."),
    CONTACT_ALREADY_EXISTS(BrontoErrorCode.CONTACT_ALREADY_EXISTS, "The contact already exists."),
    INVALID_FIELD_ATTRIBUTES(BrontoErrorCode.INVALID_FIELD_ATTRIBUTES, "The field does not exist."),
    EMAIL_ON_ANOTHER_CONTACT(BrontoErrorCode.EMAIL_ON_ANOTHER_CONTACT, "The email address belongs to another contact."),
    EMAIL_TOO_LONG(BrontoErrorCode.EMAIL_TOO_LONG, "The email address is longer than 100 characters."),
    EMAIL_OR_MOBILE_REQUIRED(BrontoErrorCode.EMAIL_OR_MOBILE_REQUIRED, "An email address is required."),
    INVALID_FIELD_VALUE(BrontoErrorCode.INVALID_FIELD_VALUE, "The value is not valid for the field's type."),
    FIELD_VALUE_TOO_LARGE(BrontoErrorCode.FIELD_VALUE_TOO_LARGE, "The value is too large for the field."),
    INVALID_LIST(BrontoErrorCode.INVALID_LIST, "The list is invalid."),
    LIST_ALREADY_EXISTS(BrontoErrorCode.LIST_ALREADY_EXISTS, "A list with this name already exists."),
    ALREADY_ON_LIST(BrontoErrorCode.ALREADY_ON_LIST, "The contact is already on the list."),
    LABEL_LENGTH_EXCEEDED(BrontoErrorCode.LABEL_LENGTH_EXCEEDED, "The list label is too long."),
    NAME_LENGTH_EXCEEDED(BrontoErrorCode.NAME_LENGTH_EXCEEDED, "The list name is too long.");

    private final BrontoErrorCode error;
    private final String message;

    FaultCode(BrontoErrorCode error, String message) {
        this.error = error;
        this.message = message;
    }

    /** Bronto's number, 0 for success. */
    public int code() {
        return error == null ? 0 : error.code();
    }

    public String message() {
        return message;
    }
}
