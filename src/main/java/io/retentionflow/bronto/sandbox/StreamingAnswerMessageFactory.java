package io.retentionflow.bronto.sandbox;

import org.springframework.ws.soap.saaj.SaajSoapMessage;
import org.springframework.ws.soap.saaj.SaajSoapMessageFactory;

/**
 * SAAJ's factory, whose new messages (the sandbox's answers) are {@link StreamingAnswer}s. Requests it still reads
 * into SAAJ's DOM: the endpoint mapping, the interceptors and the {@code @SoapHeader} arguments all look at it, so
 * streaming a request's payload alone would not spare the parse.
 */
final class StreamingAnswerMessageFactory extends SaajSoapMessageFactory {

    @Override
    public SaajSoapMessage createWebServiceMessage() {
        return new StreamingAnswer(super.createWebServiceMessage().getSaajMessage(), getMessageFactory());
    }
}
