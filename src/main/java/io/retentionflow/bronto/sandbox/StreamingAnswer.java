package io.retentionflow.bronto.sandbox;

import jakarta.xml.soap.MessageFactory;
import jakarta.xml.soap.SOAPEnvelope;
import jakarta.xml.soap.SOAPException;
import jakarta.xml.soap.SOAPHeader;
import jakarta.xml.soap.SOAPMessage;
import java.io.ByteArrayOutputStream;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import javax.xml.transform.dom.DOMResult;
import org.springframework.ws.soap.SoapVersion;
import org.springframework.ws.soap.saaj.SaajSoapMessage;
import org.springframework.ws.soap.saaj.SaajSoapMessageException;
import org.springframework.ws.stream.StreamingPayload;
import org.springframework.ws.stream.StreamingWebServiceMessage;
import org.springframework.ws.transport.TransportConstants;
import org.springframework.ws.transport.TransportOutputStream;

/**
 * A sandbox answer whose JAXB payload never enters SAAJ's DOM. Spring-WS's JAXB return-value handling hands a message
 * like this a {@link StreamingPayload} instead of marshalling into {@link #getPayloadResult()}; it is written to bytes
 * at once, so a payload that cannot be written still fails inside the endpoint call and becomes a fault. SAAJ
 * registers every node of its DOM in a map: the 5,000 results of an addToList answer took about 35 ms to marshal into
 * it and write out, against 9 ms streamed.
 * <p>
 * The DOM stays for everything else. Whatever reaches the DOM Body wins, since it came later than the endpoint's
 * return value: a fault from an exception resolver or an interceptor, a payload an interceptor wrote over it. The
 * streamed payload is not in the DOM, so {@link #getPayloadSource()} does not see it: nothing in the sandbox reads its
 * own answers back.
 */
final class StreamingAnswer extends SaajSoapMessage implements StreamingWebServiceMessage {

    private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();

    /** SAAJ's own SOAP 1.1 envelope around an empty Header, as every DOM answer of the sandbox has it. */
    private static final byte[] ENVELOPE_START = ("<SOAP-ENV:Envelope xmlns:SOAP-ENV=\""
            + SoapVersion.SOAP_11.getEnvelopeNamespaceUri() + "\"><SOAP-ENV:Header/><SOAP-ENV:Body>")
            .getBytes(StandardCharsets.UTF_8);
    private static final byte[] ENVELOPE_END = "</SOAP-ENV:Body></SOAP-ENV:Envelope>".getBytes(StandardCharsets.UTF_8);
    private static final String CONTENT_TYPE = SoapVersion.SOAP_11.getContentType() + "; charset=utf-8";

    /** Kept for an answer that gets a header after all: SAAJ then writes it, payload included. */
    private StreamingPayload streamingPayload;
    /** The payload element in UTF-8, with its own namespace declarations; null until the endpoint returned one. */
    private byte[] payload;

    StreamingAnswer(SOAPMessage message, MessageFactory messageFactory) {
        super(message, messageFactory);
    }

    @Override
    public void setStreamingPayload(StreamingPayload streamingPayload) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(8192);
        // through a Writer: the JDK's XMLStreamWriter on an OutputStream encodes byte by byte, half again as slow
        Writer text = new CarriageReturnEscaping(new OutputStreamWriter(bytes, StandardCharsets.UTF_8));
        try {
            XMLStreamWriter writer = XML.createXMLStreamWriter(text);
            streamingPayload.writeTo(writer);
            writer.close();
            text.close();
        } catch (XMLStreamException | IOException e) {
            throw new SaajSoapMessageException("Cannot write the answer's payload " + streamingPayload.getName(), e);
        }
        this.streamingPayload = streamingPayload;
        payload = bytes.toByteArray();
    }

    @Override
    public void writeTo(OutputStream outputStream) throws IOException {
        try {
            SOAPEnvelope envelope = getSaajMessage().getSOAPPart().getEnvelope();
            if (payload == null || envelope.getBody().hasChildNodes()) {
                super.writeTo(outputStream);
            } else if (isEmpty(envelope.getHeader())) {
                writeStreamed(outputStream);
            } else {
                streamingPayload.writeTo(XML.createXMLStreamWriter(new DOMResult(envelope.getBody())));
                super.writeTo(outputStream);
            }
        } catch (SOAPException | XMLStreamException e) {
            throw new SaajSoapMessageException("Cannot write the answer", e);
        }
    }

    /** Content-Type and Content-Length only: SAAJ also sends SOAPAction and Accept, request headers on an answer. */
    private void writeStreamed(OutputStream outputStream) throws IOException {
        if (outputStream instanceof TransportOutputStream transport) {
            transport.addHeader(TransportConstants.HEADER_CONTENT_TYPE, CONTENT_TYPE);
            transport.addHeader(TransportConstants.HEADER_CONTENT_LENGTH,
                    Integer.toString(ENVELOPE_START.length + payload.length + ENVELOPE_END.length));
        }
        outputStream.write(ENVELOPE_START);
        outputStream.write(payload);
        outputStream.write(ENVELOPE_END);
        outputStream.flush();
    }

    private static boolean isEmpty(SOAPHeader header) {
        return header == null || !header.hasChildNodes();
    }

    /**
     * Writes a carriage return as {@code &#13;}, as SAAJ does. The JDK's XMLStreamWriter writes it raw and every XML
     * reader turns a raw CR LF into LF, so a CRLF text would not come back as it was stored. That writer puts no CR
     * into markup of its own: every CR it passes on belongs to a text or an attribute value.
     */
    private static final class CarriageReturnEscaping extends FilterWriter {

        private static final String ESCAPED = "&#13;";

        CarriageReturnEscaping(Writer out) {
            super(out);
        }

        @Override
        public void write(int c) throws IOException {
            write(new char[] {(char) c}, 0, 1);
        }

        @Override
        public void write(String text, int offset, int length) throws IOException {
            char[] chars = new char[length];
            text.getChars(offset, offset + length, chars, 0);
            write(chars, 0, length);
        }

        @Override
        public void write(char[] chars, int offset, int length) throws IOException {
            int start = offset;
            for (int i = offset; i < offset + length; i++) {
                if (chars[i] == '\r') {
                    out.write(chars, start, i - start);
                    out.write(ESCAPED);
                    start = i + 1;
                }
            }
            out.write(chars, start, offset + length - start);
        }
    }
}
