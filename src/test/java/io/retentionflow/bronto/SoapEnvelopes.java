package io.retentionflow.bronto;

/** SOAP 1.1 answers as Bronto wrote them: prefixed global elements, unqualified children. */
final class SoapEnvelopes {

    private SoapEnvelopes() {}

    static String envelope(String body) {
        return """
                <soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/">\
                <soap:Body>%s</soap:Body></soap:Envelope>""".formatted(body);
    }

    static String response(String operation, String returns) {
        return envelope("<ns2:%1$sResponse xmlns:ns2=\"http://api.bronto.com/v4\">%2$s</ns2:%1$sResponse>"
                .formatted(operation, returns));
    }

    static String loginResponse(String sessionId) {
        return response("login", "<return>" + sessionId + "</return>");
    }

    static String fault(int code, String message) {
        return envelope("""
                <soap:Fault><faultcode>soap:Server</faultcode><faultstring>%1$d: %2$s</faultstring>\
                <detail><ns2:ApiException xmlns:ns2="http://api.bronto.com/v4"><errorCode>%1$d</errorCode>\
                </ns2:ApiException></detail></soap:Fault>""".formatted(code, message));
    }

    static String resultItem(String id, boolean isNew, int errorCode, String errorString) {
        return "<results>%s<isNew>%s</isNew><isError>%s</isError><errorCode>%d</errorCode>%s</results>".formatted(
                id == null ? "" : "<id>" + id + "</id>", isNew, errorCode != 0, errorCode,
                errorString == null ? "" : "<errorString>" + errorString + "</errorString>");
    }
}
