package io.retentionflow.bronto.sandbox;

/** A request-level Bronto error: answered as a SOAP fault "N: message" with an ApiException detail. */
public class SandboxFault extends RuntimeException {

    private final FaultCode code;

    public SandboxFault(FaultCode code) {
        this(code, code.message());
    }

    public SandboxFault(FaultCode code, String message) {
        super(message);
        this.code = code;
    }

    public FaultCode code() {
        return code;
    }
}
