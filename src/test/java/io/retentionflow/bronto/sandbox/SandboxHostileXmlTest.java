package io.retentionflow.bronto.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@SandboxIntegrationTest
class SandboxHostileXmlTest {

    private static final String ENVELOPE_OPEN =
            "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\" xmlns:v4=\"http://api.bronto.com/v4\">";

    @LocalServerPort
    int port;

    private SandboxSoap soap;

    @BeforeEach
    void connect() {
        soap = new SandboxSoap(port);
    }

    @Test
    void externalEntityIsRefusedWithFault107AndNoFileIsRead() {
        SandboxSoap.Answer answer = soap.post("<?xml version=\"1.0\"?><!DOCTYPE foo [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                + ENVELOPE_OPEN + "<soapenv:Body><v4:login><apiToken>&xxe;</apiToken></v4:login></soapenv:Body></soapenv:Envelope>");

        assertFault107(answer);
        assertThat(answer.body()).doesNotContain("root:");
    }

    /** Entities naming a URL, as an attacker's server would: refused before anything is fetched. */
    @Test
    void externalEntitiesAndDtdsOverHttpAreRefusedWithoutBeingFetched() throws Exception {
        java.util.concurrent.atomic.AtomicInteger fetched = new java.util.concurrent.atomic.AtomicInteger();
        com.sun.net.httpserver.HttpServer attacker = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress("127.0.0.1", 0), 0);
        attacker.createContext("/", exchange -> {
            fetched.incrementAndGet();
            byte[] dtd = "<!ENTITY xxe \"fetched\">".getBytes(java.nio.charset.StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, dtd.length);
            exchange.getResponseBody().write(dtd);
            exchange.close();
        });
        attacker.start();
        try {
            String base = "http://127.0.0.1:" + attacker.getAddress().getPort();
            String login = ENVELOPE_OPEN + "<soapenv:Body><v4:login><apiToken>&xxe;</apiToken></v4:login></soapenv:Body></soapenv:Envelope>";
            for (String doctype : new String[] {
                "<!DOCTYPE foo [<!ENTITY xxe SYSTEM \"" + base + "/entity\">]>",
                "<!DOCTYPE foo [<!ENTITY % remote SYSTEM \"" + base + "/parameter\"> %remote;]>",
                "<!DOCTYPE foo SYSTEM \"" + base + "/dtd\">"}) {
                SandboxSoap.Answer answer = soap.post("<?xml version=\"1.0\"?>" + doctype + login);
                assertFault107(answer);
                assertThat(answer.body()).doesNotContain("fetched");
            }
        } finally {
            attacker.stop(0);
        }
        assertThat(fetched).hasValue(0);
    }

    @Test
    void billionLaughsIsRefusedWithFault107() {
        StringBuilder entities = new StringBuilder("<!ENTITY lol \"lol\">");
        for (int i = 1; i <= 9; i++) {
            entities.append("<!ENTITY lol").append(i).append(" \"")
                    .append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10)).append("\">");
        }
        SandboxSoap.Answer answer = soap.post("<?xml version=\"1.0\"?><!DOCTYPE lolz [" + entities + "]>" + ENVELOPE_OPEN
                + "<soapenv:Body><v4:login><apiToken>&lol9;</apiToken></v4:login></soapenv:Body></soapenv:Envelope>");

        assertFault107(answer);
    }

    @Test
    void plainDoctypeIsRefusedWithFault107() {
        SandboxSoap.Answer answer = soap.post("<?xml version=\"1.0\"?><!DOCTYPE soapenv:Envelope>" + ENVELOPE_OPEN
                + "<soapenv:Body><v4:login><apiToken>x</apiToken></v4:login></soapenv:Body></soapenv:Envelope>");

        assertFault107(answer);
    }

    @Test
    void truncatedXmlIsAnsweredWithFault107() {
        assertFault107(soap.post(ENVELOPE_OPEN + "<soapenv:Body><v4:login><apiToken>abc</api"));
    }

    @Test
    void notXmlAtAllIsAnsweredWithFault107() {
        assertFault107(soap.post("this is not xml"));
    }

    @Test
    void unknownOperationIsAnsweredWithFault107() {
        assertFault107(soap.call(soap.login(), "<v4:deleteEverything><really>true</really></v4:deleteEverything>"));
    }

    @Test
    void knownOperationInAForeignNamespaceIsAnsweredWithFault107() {
        assertFault107(soap.call(null, "<x:login xmlns:x=\"urn:not-bronto\"><apiToken>" + SandboxSoap.TOKEN + "</apiToken></x:login>"));
    }

    @Test
    void emptyBodyIsAnsweredWithFault107() {
        assertFault107(soap.post(ENVELOPE_OPEN + "<soapenv:Body/></soapenv:Envelope>"));
    }

    private static void assertFault107(SandboxSoap.Answer answer) {
        assertThat(answer.status()).isEqualTo(500);
        assertThat(answer.faultCode()).isEqualTo(107);
        assertThat(answer.faultString()).startsWith("107: ");
        assertThat(answer.body()).doesNotContain("Exception:", "at org.", "at java.");
    }
}
