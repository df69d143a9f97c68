package io.retentionflow.bronto;

import jakarta.xml.soap.MessageFactory;
import jakarta.xml.soap.MimeHeaders;
import jakarta.xml.soap.SOAPConstants;
import jakarta.xml.soap.SOAPException;
import jakarta.xml.soap.SOAPMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.transform.Source;
import javax.xml.transform.stax.StAXSource;
import org.springframework.util.xml.StaxUtils;
import org.springframework.ws.InvalidXmlException;
import org.springframework.ws.WebServiceMessageFactory;
import org.springframework.ws.soap.SoapMessageCreationException;
import org.springframework.ws.soap.saaj.SaajSoapMessage;
import org.springframework.ws.soap.saaj.SaajSoapMessageFactory;
import org.springframework.ws.transport.TransportInputStream;

/**
 * Requests as Spring-WS builds them with SAAJ, so what is sent does not change; answers as a {@link StreamedAnswer},
 * whose payload {@link BrontoSoapTransport} reads straight from the received bytes with StAX. SAAJ's DOM made the
 * 5,000 results of an addToList answer cost about 30 ms to parse and 40 ms more for JAXB to walk, against a few ms
 * streamed. The SAAJ message over the same bytes stays for everything else (faults above all) and parses them only
 * when asked: Spring-WS's own factory parses every answer on arrival.
 */
final class StreamingResponseMessageFactory implements WebServiceMessageFactory {

    /** No DTD support and no external entities; {@link StreamedAnswer} refuses a DOCTYPE outright, as SAAJ does. */
    private static final XMLInputFactory XML = StaxUtils.createDefensiveInputFactory();

    private final SaajSoapMessageFactory requests;
    private final MessageFactory saaj;

    /** The template's own default for requests, so they keep their bytes and their empty SOAPAction. */
    StreamingResponseMessageFactory() {
        requests = new SaajSoapMessageFactory();
        requests.afterPropertiesSet();
        saaj = requests.getMessageFactory();
    }

    @Override
    public SaajSoapMessage createWebServiceMessage() {
        return requests.createWebServiceMessage();
    }

    @Override
    public SaajSoapMessage createWebServiceMessage(InputStream inputStream) throws IOException {
        MimeHeaders headers = mimeHeaders(inputStream);
        byte[] envelope = inputStream.readAllBytes();
        try {
            return new StreamedAnswer(saaj.createMessage(headers, new ByteArrayInputStream(envelope)), envelope);
        } catch (SOAPException e) {
            throw new SoapMessageCreationException("cannot read Bronto's answer: " + e.getMessage(), e);
        }
    }

    /** Content-Type above all: SAAJ reads the charset from it when it parses a fault or a header. */
    private static MimeHeaders mimeHeaders(InputStream inputStream) throws IOException {
        MimeHeaders headers = new MimeHeaders();
        if (inputStream instanceof TransportInputStream transport) {
            for (Iterator<String> names = transport.getHeaderNames(); names.hasNext(); ) {
                String name = names.next();
                for (Iterator<String> values = transport.getHeaders(name); values.hasNext(); ) {
                    headers.addHeader(name, values.next());
                }
            }
        }
        return headers;
    }

    /** A SOAP 1.1 answer that also offers its payload as a StAX reader on the first element inside its Body. */
    static final class StreamedAnswer extends SaajSoapMessage {

        private final byte[] envelope;

        StreamedAnswer(SOAPMessage message, byte[] envelope) {
            super(message);
            this.envelope = envelope;
        }

        /**
         * What {@link #getPayloadSource()} gives, without SAAJ's DOM: null for an empty Body, as SAAJ answers; anything
         * that is not a SOAP 1.1 envelope is invalid XML.
         */
        Source streamedPayload() {
            try {
                XMLStreamReader reader = XML.createXMLStreamReader(new ByteArrayInputStream(envelope));
                nextElement(reader);
                if (!isSoap(reader, "Envelope")) {
                    throw new IllegalStateException("no SOAP 1.1 Envelope");
                }
                nextElement(reader);
                while (!isSoap(reader, "Body")) {
                    skipElement(reader);
                    nextElement(reader);
                }
                return reader.nextTag() == XMLStreamConstants.START_ELEMENT ? new StAXSource(reader) : null;
            } catch (XMLStreamException | IllegalStateException e) {
                throw new InvalidXmlException("Bronto's answer is not a SOAP 1.1 envelope", e);
            }
        }

        /** Moves to the next start tag at this level, refusing a DTD on the way. */
        private static void nextElement(XMLStreamReader reader) throws XMLStreamException {
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.DTD) {
                    throw new IllegalStateException("a DTD in the answer");
                }
                if (event == XMLStreamConstants.START_ELEMENT) {
                    return;
                }
                if (event == XMLStreamConstants.END_ELEMENT) {
                    break;
                }
            }
            throw new IllegalStateException("no SOAP 1.1 Body");
        }

        /** Skips the element the reader is on (a Header) with everything inside it. */
        private static void skipElement(XMLStreamReader reader) throws XMLStreamException {
            for (int depth = 1; depth > 0; ) {
                int event = reader.next();
                depth += event == XMLStreamConstants.START_ELEMENT ? 1 : event == XMLStreamConstants.END_ELEMENT ? -1 : 0;
            }
        }

        private static boolean isSoap(XMLStreamReader reader, String localName) {
            return localName.equals(reader.getLocalName())
                    && SOAPConstants.URI_NS_SOAP_1_1_ENVELOPE.equals(reader.getNamespaceURI());
        }
    }
}
