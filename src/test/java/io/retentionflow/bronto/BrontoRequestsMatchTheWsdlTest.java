package io.retentionflow.bronto;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingXPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Every request the client sends is valid against the schema inside the committed WSDL: body
 * payload and session header alike. A client that drifts from the contract fails here first.
 */
class BrontoRequestsMatchTheWsdlTest {

    private static final String SOAP_NS = "http://schemas.xmlsoap.org/soap/envelope/";
    private static final String BRONTO_NS = "http://api.bronto.com/v4";
    private static final String XSD_NS = XMLConstants.W3C_XML_SCHEMA_NS_URI;

    @RegisterExtension
    static final WireMockExtension bronto = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static Schema contract;

    @BeforeAll
    static void loadTheSchemaFromTheWsdl() throws Exception {
        Document wsdl = parse(java.nio.file.Files.readAllBytes(java.nio.file.Path.of("src/main/wsdl/bronto-v4.wsdl")));
        Element schema = (Element) wsdl.getElementsByTagNameNS(XSD_NS, "schema").item(0);
        SchemaFactory factory = SchemaFactory.newInstance(XSD_NS);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        contract = factory.newSchema(new DOMSource(schema, "bronto-v4.wsdl"));
    }

    @Test
    void everyOperationTheClientUsesSendsAValidRequest() throws Exception {
        answerEveryOperation();
        BrontoGateway client = BrontoClientConfiguration.createClient(new BrontoProperties(
                URI.create(bronto.baseUrl() + "/v4"), "token", Duration.ofSeconds(2), Duration.ofSeconds(5)),
                Clock.systemUTC());
        OffsetDateTime start = OffsetDateTime.parse("2026-12-01T09:30:00+01:00");

        client.verifyLogin();
        client.findMessageFolder("Optimove");
        client.readMessages("folder-1", true);
        client.readMessage("message-1");
        client.readFields();
        client.readContactsByEmail(List.of("a@example.com", "b@example.com"), List.of("field-1"));
        client.addOrUpdateContacts(List.of(new ContactData("a@example.com", Map.of("field-1", "Anna"))));
        client.findList("winback");
        client.addList("winback", "Win-back");
        client.deleteLists(List.of("list-1"));
        client.addToList("list-1", List.of("a@example.com"));
        client.removeFromList("list-1", List.of("a@example.com"));
        client.addDelivery(new DeliveryRequest("message-1", List.of("list-1"), start, "shop@example.com", "Shop",
                "reply@example.com"));
        client.findDelivery("message-1", "list-1", start);
        client.readDelivery("delivery-1");
        client.rescheduleDelivery("delivery-1", start.plusHours(1));
        client.cancelDelivery("delivery-1");
        client.readDeliveryRecipients("delivery-1");

        Set<String> operations = new TreeSet<>();
        for (LoggedRequest request : bronto.getAllServeEvents().stream().map(e -> e.getRequest()).toList()) {
            Document envelope = parse(request.getBody());
            Element payload = firstElementChild(envelope.getElementsByTagNameNS(SOAP_NS, "Body").item(0));
            operations.add(payload.getLocalName());
            assertValid(payload, request);
            Node header = envelope.getElementsByTagNameNS(SOAP_NS, "Header").item(0);
            if (!"login".equals(payload.getLocalName())) {
                Element sessionHeader = firstElementChild(header);
                assertThat(sessionHeader.getLocalName()).isEqualTo("sessionHeader");
                assertValid(sessionHeader, request);
            }
        }
        assertThat(operations).containsExactlyInAnyOrder("login", "readMessageFolders", "readMessages", "readFields",
                "readContacts", "addOrUpdateContacts", "readLists", "addLists", "deleteLists", "addToList",
                "removeFromList", "addDeliveries", "readDeliveries", "updateDeliveries", "readDeliveryRecipients");
    }

    @Test
    void theSchemaCatchesChildrenOutOfOrder() throws Exception {
        Element swapped = parse("""
                <v4:readLists xmlns:v4="http://api.bronto.com/v4"><pageNumber>1</pageNumber><filter/></v4:readLists>"""
                .getBytes(StandardCharsets.UTF_8)).getDocumentElement();

        assertThatCode(() -> contract.newValidator().validate(new DOMSource(swapped)))
                .hasMessageContaining("filter");
    }

    private static void answerEveryOperation() {
        bronto.stubFor(post(urlEqualTo("/v4")).withRequestBody(matchingXPath("//*[local-name()='login']"))
                .willReturn(xml(SoapEnvelopes.loginResponse("session"))));
        for (String read : List.of("readMessageFolders", "readMessages", "readFields", "readContacts", "readLists",
                "readDeliveries", "readDeliveryRecipients")) {
            bronto.stubFor(post(urlEqualTo("/v4")).withRequestBody(matchingXPath("//*[local-name()='" + read + "']"))
                    .willReturn(xml(SoapEnvelopes.response(read, ""))));
        }
        for (String write : List.of("addOrUpdateContacts", "addLists", "deleteLists", "addToList", "removeFromList",
                "addDeliveries", "updateDeliveries")) {
            bronto.stubFor(post(urlEqualTo("/v4")).withRequestBody(matchingXPath("//*[local-name()='" + write + "']"))
                    .willReturn(xml(SoapEnvelopes.response(write,
                            "<return>" + SoapEnvelopes.resultItem("id-1", true, 0, null) + "</return>"))));
        }
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder xml(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "text/xml; charset=utf-8").withBody(body);
    }

    private static void assertValid(Element element, LoggedRequest request) {
        assertThat(element.getNamespaceURI()).isEqualTo(BRONTO_NS);
        Validator validator = contract.newValidator();
        assertThatCode(() -> validator.validate(new DOMSource(element)))
                .as("request %s", request.getBodyAsString())
                .doesNotThrowAnyException();
    }

    private static Element firstElementChild(Node parent) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element) {
                return element;
            }
        }
        throw new AssertionError("no element inside " + parent.getNodeName());
    }

    private static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }
}
