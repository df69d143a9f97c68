package io.retentionflow.bronto.sandbox;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.namespace.NamespaceContext;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;

import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * Talks to the sandbox as a client generated from Bronto's WSDL does: SOAP 1.1 over HTTP, {@code SOAPAction: ""},
 * the operation wrapper qualified ({@code v4:}), its children unqualified.
 */
final class SandboxSoap {

    static final String TOKEN = "sandbox-test-token";

    private final HttpClient http = HttpClient.newHttpClient();
    private final URI endpoint;

    SandboxSoap(int port) {
        this.endpoint = URI.create("http://localhost:" + port + "/sandbox/bronto/v4");
    }

    URI endpoint() {
        return endpoint;
    }

    String login() {
        return call(null, "<v4:login><apiToken>" + TOKEN + "</apiToken></v4:login>").ok().text("//v4:loginResponse/return");
    }

    /** @param body the operation element, e.g. {@code <v4:readLists><pageNumber>1</pageNumber></v4:readLists>} */
    Answer call(String sessionId, String body) {
        String header = sessionId == null ? ""
                : "<soapenv:Header><v4:sessionHeader><sessionId>" + sessionId + "</sessionId></v4:sessionHeader></soapenv:Header>";
        return post("<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\" xmlns:v4=\"http://api.bronto.com/v4\">"
                + header + "<soapenv:Body>" + body + "</soapenv:Body></soapenv:Envelope>");
    }

    Answer post(String rawXml) {
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .header("Content-Type", "text/xml; charset=utf-8")
                .header("SOAPAction", "\"\"")
                .POST(HttpRequest.BodyPublishers.ofString(rawXml))
                .build();
        return send(request);
    }

    Answer get(String query) {
        return send(HttpRequest.newBuilder(URI.create(endpoint + query)).GET().build());
    }

    private Answer send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** One HTTP answer; its XML is parsed once, on the first XPath question. */
    static final class Answer {

        private final int status;
        private final String body;
        private Document document;

        Answer(int status, String body) {
            this.status = status;
            this.body = body;
        }

        int status() {
            return status;
        }

        String body() {
            return body;
        }

        Answer ok() {
            if (status != 200) {
                throw new AssertionError("Expected HTTP 200, got " + status + ": " + body);
            }
            return this;
        }

        String text(String xpath) {
            try {
                return XPATH.get().compile(xpath).evaluate(document());
            } catch (XPathExpressionException e) {
                throw new IllegalArgumentException(xpath, e);
            }
        }

        List<String> texts(String xpath) {
            NodeList nodes = nodes(xpath);
            List<String> texts = new ArrayList<>(nodes.getLength());
            for (int i = 0; i < nodes.getLength(); i++) {
                texts.add(nodes.item(i).getTextContent());
            }
            return texts;
        }

        int count(String xpath) {
            return nodes(xpath).getLength();
        }

        /** The errorCode of the ApiException detail, or null when this is no fault. */
        Integer faultCode() {
            String code = text("//soapenv:Fault/detail/v4:ApiException/errorCode");
            return code.isEmpty() ? null : Integer.valueOf(code);
        }

        String faultString() {
            return text("//soapenv:Fault/faultstring");
        }

        private NodeList nodes(String xpath) {
            try {
                return (NodeList) XPATH.get().compile(xpath).evaluate(document(), XPathConstants.NODESET);
            } catch (XPathExpressionException e) {
                throw new IllegalArgumentException(xpath, e);
            }
        }

        private Document document() {
            if (document == null) {
                try {
                    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
                    factory.setNamespaceAware(true);
                    document = factory.newDocumentBuilder().parse(new InputSource(new StringReader(body)));
                } catch (Exception e) {
                    throw new AssertionError("Not XML (HTTP " + status + "): " + body, e);
                }
            }
            return document;
        }
    }

    private static final ThreadLocal<javax.xml.xpath.XPath> XPATH = ThreadLocal.withInitial(() -> {
        javax.xml.xpath.XPath xpath = XPathFactory.newInstance().newXPath();
        xpath.setNamespaceContext(new NamespaceContext() {
            @Override
            public String getNamespaceURI(String prefix) {
                return switch (prefix) {
                    case "soapenv" -> "http://schemas.xmlsoap.org/soap/envelope/";
                    case "v4" -> "http://api.bronto.com/v4";
                    case "wsdl" -> "http://schemas.xmlsoap.org/wsdl/";
                    case "soap" -> "http://schemas.xmlsoap.org/wsdl/soap/";
                    default -> XMLConstants.NULL_NS_URI;
                };
            }

            @Override
            public String getPrefix(String namespaceURI) {
                return null;
            }

            @Override
            public Iterator<String> getPrefixes(String namespaceURI) {
                return null;
            }
        });
        return xpath;
    });
}
