package io.retentionflow.bronto;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The committed WSDL against facts of Bronto's published contract (shared/bronto-api.md), checked
 * independently of the JAXB classes generated from it: a WSDL that drifts from Bronto's fails here.
 */
class BrontoWsdlContractTest {

    private static Document wsdl;
    private static XPath xpath;

    @BeforeAll
    static void parse() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        wsdl = factory.newDocumentBuilder().parse(Path.of("src/main/wsdl/bronto-v4.wsdl").toFile());
        xpath = XPathFactory.newInstance().newXPath();
    }

    private static List<String> children(String complexType) throws Exception {
        NodeList elements = (NodeList) xpath.evaluate(
                "//*[local-name()='complexType'][@name='" + complexType + "']/*[local-name()='sequence']/*[local-name()='element']",
                wsdl, XPathConstants.NODESET);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < elements.getLength(); i++) {
            names.add(((Element) elements.item(i)).getAttribute("name"));
        }
        return names;
    }

    private static String attribute(String expression) throws Exception {
        return (String) xpath.evaluate(expression, wsdl, XPathConstants.STRING);
    }

    @Test
    void isSoap11DocumentLiteralWithUnqualifiedChildren() throws Exception {
        assertThat(attribute("/*/@targetNamespace")).isEqualTo("http://api.bronto.com/v4");
        assertThat(attribute("//*[local-name()='schema']/@elementFormDefault")).isEqualTo("unqualified");
        assertThat(attribute("//*[local-name()='binding']/*[local-name()='binding']/@style")).isEqualTo("document");
        assertThat(attribute("namespace-uri(//*[local-name()='binding']/*[local-name()='binding'])"))
                .isEqualTo("http://schemas.xmlsoap.org/wsdl/soap/");
        assertThat(attribute("//*[local-name()='service']/@name")).isEqualTo("BrontoSoapApiImplService");
        assertThat(attribute("//*[local-name()='port']/@name")).isEqualTo("BrontoSoapApiImplPort");
        assertThat(attribute("//*[local-name()='address']/@location")).isEqualTo("https://api.bronto.com/v4");
    }

    @Test
    void everyOperationHasAnEmptySoapActionAndTheApiExceptionFault() throws Exception {
        NodeList operations = (NodeList) xpath.evaluate(
                "//*[local-name()='binding']/*[local-name()='operation']", wsdl, XPathConstants.NODESET);
        assertThat(operations.getLength()).isGreaterThanOrEqualTo(14);
        for (int i = 0; i < operations.getLength(); i++) {
            Element operation = (Element) operations.item(i);
            String name = operation.getAttribute("name");
            assertThat(xpath.evaluate("*[local-name()='operation']/@soapAction", operation)).as(name).isEmpty();
            assertThat(xpath.evaluate("*[local-name()='fault']/@name", operation)).as(name).isEqualTo("ApiException");
            String header = xpath.evaluate("*[local-name()='input']/*[local-name()='header']/@part", operation);
            assertThat(header).as(name).isEqualTo("login".equals(name) ? "" : "sessionHeader");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"login", "readMessageFolders", "readMessages", "readContacts", "addOrUpdateContacts",
        "addLists", "readLists", "deleteLists", "addToList", "removeFromList", "addDeliveries", "readDeliveries",
        "updateDeliveries", "readDeliveryRecipients"})
    void coversTheOperationsTheProductUses(String operation) throws Exception {
        assertThat(attribute("//*[local-name()='portType']/*[local-name()='operation'][@name='" + operation + "']/@name"))
                .isEqualTo(operation);
    }

    @Test
    void requestsKeepBrontosChildOrder() throws Exception {
        assertThat(children("readMessages")).containsExactly(
                "filter", "includeContent", "pageNumber", "pageSize", "includeStats");
        assertThat(children("readDeliveries")).containsExactly(
                "filter", "includeRecipients", "includeContent", "pageNumber", "includeOrderIds");
        assertThat(children("addToList")).containsExactly("list", "contacts");
        assertThat(children("readContacts")).startsWith("filter", "includeLists", "fields", "pageNumber");
        assertThat(children("sessionHeader")).containsExactly("sessionId", "disableHistory");
        // the 2018 order: value before operator
        assertThat(children("dateValue")).containsExactly("value", "operator");
        assertThat(children("resultItem")).containsExactly("id", "isNew", "isError", "errorCode", "errorString");
        assertThat(children("writeResult")).containsExactly("errors", "results");
    }

    @Test
    void objectTypesKeepTheQuirksOfThe2018Schema() throws Exception {
        List<String> message = children("messageObject");
        assertThat(message.indexOf("numContactLossBounces")).isLessThan(message.indexOf("numContactLoss"));
        assertThat(message.indexOf("numSocialViews")).isLessThan(message.indexOf("numViewsFacebook"));
        List<String> delivery = children("deliveryObject");
        assertThat(delivery.indexOf("numContactLoss")).isLessThan(delivery.indexOf("numContactLossBounces"));
        assertThat(delivery.indexOf("numViewsMySpace")).isLessThan(delivery.indexOf("numSocialViews"));
        assertThat(delivery).endsWith("cartId", "orderId", "campaignId");
        assertThat(children("contactObject")).startsWith("id", "email", "mobileNumber", "status", "msgPref")
                .endsWith("consentDate", "consentIp", "lastUnsubscribeDate");
        assertThat(attribute("//*[local-name()='complexType'][@name='resultItem']//*[@name='errorCode']/@minOccurs"))
                .isIn("", "1");
        assertThat(attribute("//*[local-name()='complexType'][@name='deliveryRecipientStatObject']//*[@name='revenue']/@type"))
                .isEqualTo("xs:double");
    }
}
