package io.retentionflow.bronto.sandbox;

/** Names from Bronto's WSDL that annotations need as compile-time constants. */
final class BrontoNamespace {

    static final String URI = "http://api.bronto.com/v4";
    static final String SESSION_HEADER = "{" + URI + "}sessionHeader";

    private BrontoNamespace() {
    }
}
