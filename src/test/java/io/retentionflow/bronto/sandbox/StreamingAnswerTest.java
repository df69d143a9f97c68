package io.retentionflow.bronto.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.retentionflow.bronto.soap.AddToListResponse;
import io.retentionflow.bronto.soap.ObjectFactory;
import io.retentionflow.bronto.soap.ResultItem;
import jakarta.xml.bind.JAXBElement;
import jakarta.xml.bind.JAXBException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.namespace.QName;
import org.junit.jupiter.api.Test;
import org.springframework.ws.WebServiceMessage;
import org.springframework.ws.context.DefaultMessageContext;
import org.springframework.ws.context.MessageContext;
import org.springframework.ws.server.endpoint.adapter.method.jaxb.JaxbElementPayloadMethodProcessor;
import org.springframework.ws.soap.SoapMessage;
import org.springframework.ws.soap.saaj.SaajSoapMessageFactory;
import org.springframework.ws.transport.TransportOutputStream;
import org.xmlunit.builder.DiffBuilder;
import org.xmlunit.diff.Diff;

/** The sandbox's answers as Spring-WS's JAXB return-value handling writes them: streamed, yet what SAAJ would send. */
class StreamingAnswerTest {

    private final SaajSoapMessageFactory saaj = factory(new SaajSoapMessageFactory());
    private final SaajSoapMessageFactory streaming = factory(new StreamingAnswerMessageFactory());

    @Test
    void anAnswerIsStreamedAsTheXmlSaajWouldWrite() throws Exception {
        WebServiceMessage streamed = answer(streaming);
        Wire wire = new Wire();
        streamed.writeTo(wire);

        assertThat(streamed.getPayloadSource()).as("the payload never entered SAAJ's DOM").isNull();
        assertThat(similar(wire.text(), written(answer(saaj)))).isTrue();
        assertThat(wire.text()).contains("Tom &amp; Jerry &lt;tj@example.com&gt;");
        assertThat(wire.headers).containsEntry("Content-Type", "text/xml; charset=utf-8")
                .containsEntry("Content-Length", Integer.toString(wire.body.size()));
    }

    @Test
    void aFaultWrittenAfterThePayloadIsTheWholeAnswer() throws Exception {
        SoapMessage answer = answer(streaming);
        new ApiExceptionFaultWriter().write(answer, FaultCode.UNKNOWN_ERROR, FaultCode.UNKNOWN_ERROR.message());

        String written = written(answer);

        assertThat(written).contains("<faultstring").contains("<errorCode>101</errorCode>")
                .doesNotContain("addToListResponse");
    }

    @Test
    void aHeaderAddedAfterThePayloadIsWrittenWithIt() throws Exception {
        SoapMessage streamed = answer(streaming);
        SoapMessage saajAnswer = answer(saaj);
        for (SoapMessage answer : new SoapMessage[] {streamed, saajAnswer}) {
            answer.getSoapHeader().addHeaderElement(new QName(BrontoNamespace.URI, "note", "v4")).setText("late");
        }

        assertThat(similar(written(streamed), written(saajAnswer))).isTrue();
        assertThat(written(streamed)).contains("late").contains("addToListResponse");
    }

    private static SoapMessage answer(SaajSoapMessageFactory factory) throws JAXBException {
        MessageContext context = new DefaultMessageContext(factory.createWebServiceMessage(), factory);
        new ReturnValues().marshal(context, addToListResponse());
        return (SoapMessage) context.getResponse();
    }

    private static JAXBElement<AddToListResponse> addToListResponse() {
        AddToListResponse response = new AddToListResponse();
        response.setReturn(new WriteResultBuilder().success("0bc03e0000000000000000000000000001", true)
                .error(FaultCode.INVALID_REQUEST).build());
        ResultItem escaped = response.getReturn().getResults().get(1);
        escaped.setErrorString("Tom & Jerry <tj@example.com>,\r\nwho wrote with CRLF");
        return new ObjectFactory().createAddToListResponse(response);
    }

    private static String written(WebServiceMessage message) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        message.writeTo(bytes);
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** The same elements, attributes and text; namespace prefixes may differ. */
    private static boolean similar(String actual, String expected) {
        Diff diff = DiffBuilder.compare(expected).withTest(actual).checkForSimilar().build();
        return !diff.hasDifferences();
    }

    private static SaajSoapMessageFactory factory(SaajSoapMessageFactory factory) {
        factory.afterPropertiesSet();
        return factory;
    }

    /** Spring-WS's handling of an endpoint's {@code JAXBElement} return value. */
    private static final class ReturnValues extends JaxbElementPayloadMethodProcessor {

        void marshal(MessageContext context, JAXBElement<?> value) throws JAXBException {
            marshalToResponsePayload(context, value.getDeclaredType(), value);
        }
    }

    /** What the servlet transport sees: headers, then the body. */
    private static final class Wire extends TransportOutputStream {

        private final Map<String, String> headers = new LinkedHashMap<>();
        private final ByteArrayOutputStream body = new ByteArrayOutputStream();

        @Override
        public void addHeader(String name, String value) {
            headers.put(name, value);
        }

        @Override
        protected OutputStream createOutputStream() {
            return body;
        }

        String text() {
            return body.toString(StandardCharsets.UTF_8);
        }
    }
}
