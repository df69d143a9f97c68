package io.retentionflow.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;

import io.retentionflow.bronto.BrontoGateway;
import io.retentionflow.bronto.BrontoMessage;
import io.retentionflow.bronto.MessageFolder;
import io.retentionflow.support.PlainHttp;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * Every API input with malformed and hostile values: SQL fragments, numbers no type holds, nesting ten times
 * deeper than Jackson reads, strings far over every limit, control characters, wrong types. Each is refused with a
 * 4xx ProblemDetail, never a 500; a hostile value that is well-formed text is only ever a value; and no request
 * changes a row anywhere (the counts of every table are compared after each test).
 */
abstract class HostileInputContract {

    private static final String DEEP_ARRAYS = "[".repeat(10_000) + "]".repeat(10_000);
    private static final String DEEP_OBJECTS = "{\"not\":".repeat(10_000) + "{}" + "}".repeat(10_000);
    private static final String DEEP_GROUPS = "{\"all\":[".repeat(10_000) + "{}" + "]}".repeat(10_000);
    private static final String LONG = "x".repeat(100_000);
    private static final String SQL = "x'); drop table customer; --";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @MockitoBean
    BrontoGateway bronto;

    private PlainHttp http;
    private Map<String, Long> rowsBefore;
    private long targetGroup;

    @BeforeEach
    void countRows() {
        http = new PlainHttp(port);
        when(bronto.findMessageFolder("Optimove")).thenReturn(Optional.of(new MessageFolder("f1", "Optimove", null)));
        when(bronto.readMessages("f1", false)).thenReturn(List.of(new BrontoMessage("m1", "We miss you", "f1", null, null, null),
                new BrontoMessage("m2", "Come back", "f1", null, null, null)));
        targetGroup = jdbc.sql("select id from target_group where name = 'Fuzz target'").query(Long.class).optional()
                .orElseGet(() -> {
                    jdbc.sql("insert into target_group (name, rule_json, created_at, updated_at) values ('Fuzz target', "
                            + "'{\"field\":\"stage\",\"op\":\"=\",\"value\":\"lapsed\"}', current_timestamp, current_timestamp)")
                            .update();
                    return jdbc.sql("select id from target_group where name = 'Fuzz target'").query(Long.class).single();
                });
        rowsBefore = rows();
    }

    @AfterEach
    void nothingChanged() {
        assertThat(rows()).isEqualTo(rowsBefore);
    }

    /** The row count of every table, the product's, the sandbox's and the engine's. */
    private Map<String, Long> rows() {
        Map<String, Long> rows = new LinkedHashMap<>();
        for (String table : jdbc.sql("select table_schema || '.\"' || table_name || '\"' from information_schema.tables "
                + "where table_type = 'BASE TABLE' and lower(table_schema) = 'public' order by 1").query(String.class).list()) {
            // the engine's own metrics, written on its schedule, not by a request
            if (!table.toLowerCase().contains("meter_log")) {
                rows.put(table, jdbc.sql("select count(*) from " + table).query(Long.class).single());
            }
        }
        return rows;
    }

    private HttpResponse<String> send(String method, String path, String contentType, String body) {
        HttpRequest.Builder request = http.request(path).header("Authorization", PlainHttp.basic("demo", "demo"))
                .header("Accept", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return http.send(request.build());
    }

    /** A 4xx answered as RFC 9457 ProblemDetail. */
    private static void assertProblem(HttpResponse<String> answer, String what) {
        assertThat(answer.statusCode()).as(what + ": " + answer.body()).isBetween(400, 499);
        assertThat(answer.headers().firstValue("Content-Type")).as(what).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        assertThat(answer.body()).as(what).contains("\"status\":" + answer.statusCode());
    }

    private void assertRefusedJson(String method, String path, String json) {
        String shown = json.length() > 120 ? json.substring(0, 120) + "…" : json;
        assertProblem(send(method, path, "application/json", json), method + " " + path + " " + shown);
    }

    static Stream<String> hostileRules() {
        return Stream.of(
                // SQL where the language has names, not values
                "{\"field\":\"country; drop table customer; --\",\"op\":\"=\",\"value\":\"x\"}",
                "{\"field\":\"country\",\"op\":\"= '' or 1=1 --\",\"value\":\"x\"}",
                "{\"field\":\"attr:x') or 1=1 --\",\"op\":\"=\",\"value\":\"x\"}",
                "{\"field\":\"clv\",\"op\":\">\",\"value\":\"1 or 1=1\"}",
                // numbers no double holds, and no numbers at all
                "{\"field\":\"clv\",\"op\":\">\",\"value\":1e400}",
                "{\"field\":\"clv\",\"op\":\">\",\"value\":-1e400}",
                "{\"field\":\"clv\",\"op\":\"between\",\"value\":[1e400, 1]}",
                "{\"field\":\"clv\",\"op\":\">\",\"value\":\"NaN\"}",
                "{\"field\":\"clv\",\"op\":\">\",\"value\":" + "9".repeat(2_000) + "}",
                // nesting far past Jackson's limit of 1,000, and past the language's own
                DEEP_ARRAYS, DEEP_OBJECTS, DEEP_GROUPS,
                "{\"not\":".repeat(500) + "{\"field\":\"clv\",\"op\":\">\",\"value\":1}" + "}".repeat(500),
                "\"" + "[".repeat(5_000) + "\"",
                // long strings, long lists, control characters
                "{\"field\":\"country\",\"op\":\"=\",\"value\":\"" + LONG + "\"}",
                "{\"field\":\"" + LONG + "\",\"op\":\"=\",\"value\":\"x\"}",
                "{\"field\":\"country\",\"op\":\"in\",\"value\":[" + "\"x\",".repeat(10_000) + "\"x\"]}",
                "{\"any\":[" + "{\"field\":\"clv\",\"op\":\">\",\"value\":1},".repeat(1_000) + "{}]}",
                "{\"field\":\"country\",\"op\":\"=\",\"value\":\"DE\\u0000\"}",
                "{\"field\":\"country\",\"op\":\"=\",\"value\":\"DE\u0001\"}",
                // wrong types and shapes
                "42", "true", "[]", "\"\"", "\"not json\"", "{}", "{\"field\":1,\"op\":2,\"value\":3}",
                "{\"all\":{}}", "{\"all\":\"x\"}", "{\"all\":[]}", "{\"not\":[]}",
                "{\"field\":\"stage\",\"op\":\"=\",\"value\":{\"$ne\":null}}",
                "{\"all\":[{\"field\":\"stage\",\"op\":\"=\",\"value\":\"lapsed\"}],\"any\":[]}");
    }

    @ParameterizedTest
    @MethodSource("hostileRules")
    void aHostileRuleIsRefusedByThePreviewAndBySaving(String rule) {
        assertRefusedJson("POST", "/api/target-groups/preview", "{\"rule\":" + rule + "}");
        assertRefusedJson("POST", "/api/target-groups", "{\"name\":\"Fuzz\",\"rule\":" + rule + "}");
        assertRefusedJson("PUT", "/api/target-groups/" + targetGroup, "{\"name\":\"Fuzz\",\"rule\":" + rule + "}");
    }

    @ParameterizedTest
    @ValueSource(strings = {SQL, "' OR '1'='1", "%' --", "\\\\'; select pg_sleep(5); --"})
    void sqlInARuleValueIsOnlyAValue(String value) {
        String text = value.replace("\\", "\\\\").replace("\"", "\\\"");
        HttpResponse<String> preview = send("POST", "/api/target-groups/preview", "application/json",
                "{\"rule\":{\"any\":[{\"field\":\"country\",\"op\":\"=\",\"value\":\"" + text + "\"},"
                        + "{\"field\":\"country\",\"op\":\"in\",\"value\":[\"" + text + "\"]},"
                        + "{\"field\":\"country\",\"op\":\"contains\",\"value\":\"" + text + "\"}]}}");

        assertThat(preview.statusCode()).as(preview.body()).isEqualTo(200);
        assertThat(preview.body()).contains("\"size\":0");
    }

    static Stream<String> hostileNames() {
        return Stream.of("\"\"", "\"   \"", "\"" + LONG + "\"", "\"Fuzz\\u0000\"", "\"Fuzz\\u0007bell\"", "\"Fuzz\\nline\"",
                "42", "{\"$ne\":null}", "[\"Fuzz\"]");
    }

    @ParameterizedTest
    @MethodSource("hostileNames")
    void aHostileTargetGroupNameIsRefused(String name) {
        assertRefusedJson("POST", "/api/target-groups", "{\"name\":" + name
                + ",\"rule\":{\"field\":\"stage\",\"op\":\"=\",\"value\":\"lapsed\"}}");
    }

    /** The campaign plan, each time with one field hostile. */
    static Stream<Map<String, String>> hostilePlanFields() {
        return Stream.of(
                Map.of("targetGroupId", "\"1 OR 1=1\""), Map.of("targetGroupId", "1e400"),
                Map.of("targetGroupId", "99999999999999999999"), Map.of("targetGroupId", "-1"),
                Map.of("targetGroupId", "{\"$gt\":0}"), Map.of("targetGroupId", "[1]"),
                Map.of("controlPercent", "1e400"), Map.of("controlPercent", "2147483648"),
                Map.of("controlPercent", "-2147483649"), Map.of("controlPercent", "\"ten\""), Map.of("controlPercent", "-1"),
                Map.of("splitA", "99999999999999999999"),
                Map.of("sendTime", "\"09:00'; drop table campaign_plan; --\""), Map.of("sendTime", "\"25:99\""),
                Map.of("sendTime", "\"09:00\\u0000\""),
                Map.of("timeZone", "\"UTC' OR '1'='1\""), Map.of("timeZone", "\"../../../../etc/passwd\""),
                Map.of("timeZone", "\"Europe/Berlin\\u0000\""), Map.of("timeZone", "\"" + LONG + "\""),
                Map.of("startDate", "\"2031-02-30\""), Map.of("startDate", "\"+999999999-12-31\""),
                Map.of("startDate", "\"99999-01-01\""), Map.of("startDate", "\"2031-03-04' --\""),
                Map.of("endDate", "\"-999999999-01-01\""),
                Map.of("weekdays", "\"MON\""), Map.of("weekdays", "[1,2]"), Map.of("weekdays", "[\"FUNDAY\"]"),
                Map.of("weekdays", "[" + "\"MON\",".repeat(10_000) + "\"x\"]"),
                Map.of("templateId", "\"' OR '1'='1\""), Map.of("templateId", "\"" + LONG + "\""),
                Map.of("name", "\"\""), Map.of("name", "\"" + LONG + "\""), Map.of("name", "\"Fuzz\\u0000\""),
                Map.of("name", "\"Fuzz\\u001b[31m\""), Map.of("name", "{\"$ne\":null}"),
                Map.of("fromName", "\"Shop\\r\\nBcc: victim@example.com\""), Map.of("fromName", "\"Shop\\u0000\""),
                Map.of("fromEmail", "\"shop@example.com\\u0000\""), Map.of("fromEmail", "\"a@b.c\\r\\nBcc: x@y.z\""),
                Map.of("replyTo", "\"" + LONG + "@example.com\""),
                Map.of("active", "\"yes please\""), Map.of("controlPercent", "10.5"), Map.of("controlPercent", "\"10\""),
                Map.of("targetGroupId", "\"" + "1" + "\""), Map.of("name", "true"),
                Map.of("variantTemplateId", "\"m2\"", "splitA", "50", "splitB", "50", "abTestMetric", "\"' OR 1=1\""));
    }

    private String plan(Map<String, String> hostile) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", "\"Fuzz plan\"");
        fields.put("targetGroupId", String.valueOf(targetGroup));
        fields.put("templateId", "\"m1\"");
        fields.put("sendTime", "\"09:00\"");
        fields.put("timeZone", "\"Europe/Berlin\"");
        fields.put("startDate", "\"2031-03-04\"");
        fields.putAll(hostile);
        return fields.entrySet().stream().map(field -> "\"" + field.getKey() + "\":" + field.getValue())
                .reduce((a, b) -> a + "," + b).map(body -> "{" + body + "}").orElseThrow();
    }

    @Test
    void theBasePlanIsValidSoEachRefusalBelowIsItsHostileField() {
        HttpResponse<String> created = send("POST", "/api/campaigns", "application/json", plan(Map.of()));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        jdbc.sql("delete from campaign_plan where name = 'Fuzz plan'").update();
    }

    @ParameterizedTest
    @MethodSource("hostilePlanFields")
    void aPlanWithAHostileFieldIsRefused(Map<String, String> hostile) {
        assertRefusedJson("POST", "/api/campaigns", plan(hostile));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "null", "[]", "42", "\"plan\"", "{", "{\"name\":", "{\"name\":\"x\"}}}}",
        "{\"name\" \"x\"}", "{'name':'x'}", "{\"name\":\"x\",}"})
    void aBodyThatIsNoPlanIsRefused(String body) {
        assertRefusedJson("POST", "/api/campaigns", body);
        assertRefusedJson("POST", "/api/target-groups", body);
    }

    @Test
    void aBodyNestedDeeperThanJacksonReadsIsA400NotA500() {
        for (String body : List.of(DEEP_ARRAYS, DEEP_OBJECTS, "{\"name\":" + DEEP_ARRAYS + "}",
                "{\"weekdays\":" + DEEP_ARRAYS + "}")) {
            assertRefusedJson("POST", "/api/campaigns", body);
            assertRefusedJson("PUT", "/api/templates/sender", body);
        }
    }

    @Test
    void aBodyOfTheWrongMediaTypeIsRefused() {
        assertProblem(send("POST", "/api/campaigns", "text/plain", "{}"), "text/plain");
        assertProblem(send("POST", "/api/campaigns", "application/xml", "<plan/>"), "xml");
        assertProblem(send("POST", "/api/campaigns", "application/x-www-form-urlencoded", "name=x"), "form");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "/api/customers?page=-1", "/api/customers?page=abc", "/api/customers?page=1e400",
        "/api/customers?page=99999999999999999999", "/api/customers?size=0", "/api/customers?size=501",
        "/api/customers?size=-5", "/api/customers?size=2147483648", "/api/customers?q=%00",
        "/api/customers?q=" + "%27%20OR%201%3D1%20--%00",
        "/api/imports?page=-1", "/api/imports?size=100000", "/api/imports/abc", "/api/imports/99999999999999999999",
        "/api/imports/1e400/rejections", "/api/imports/1/rejections?size=-1",
        "/api/campaigns/due?date=2031-13-45", "/api/campaigns/due?date=abc", "/api/campaigns/due?date=",
        "/api/campaigns/due?date=2031-01-01%27%20OR%201%3D1", "/api/customers/%27%20OR%20%271%27%3D%271",
        "/api/campaigns/abc", "/api/campaigns/99999999999999999999", "/api/target-groups/1e400",
        "/api/executions?from=2031-99-01", "/api/executions?to=abc", "/api/executions?from=2031-02-01&to=2031-01-01",
        "/api/executions?page=-1", "/api/executions?size=101", "/api/executions?campaign=abc",
        "/api/executions?campaign=1e400", "/api/executions/abc/analysis", "/api/campaigns/abc/analysis"})
    void aMalformedQueryIsRefused(String path) {
        assertProblem(send("GET", path, null, null), path);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/customers?q=" + "%27%20OR%20%271%27%3D%271", "/api/customers?q=%25",
        "/api/campaigns/due?date=%2B999999999-12-31",
        "/api/customers?page=2147483647&size=500", "/api/imports?page=2147483647&size=500",
        "/api/executions?page=2147483647&size=100"})
    void aWellFormedButHostileQueryFindsNothingAndBreaksNothing(String path) {
        HttpResponse<String> answer = send("GET", path, null, null);
        assertThat(answer.statusCode()).as(path + ": " + answer.body()).isIn(200, 400);
        if (answer.statusCode() == 200) {
            assertThat(answer.body()).as(path).containsAnyOf("\"items\":[]", "[]");
        } else {
            assertProblem(answer, path);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "2031-02-30", "%2B999999999-12-31", "2031-01-01%27%20OR%201%3D1", "1e400"})
    void theNightlyRunRefusesAMalformedDate(String date) {
        assertProblem(send("POST", "/api/nightly-run?date=" + date, null, null), date);
    }

    @ParameterizedTest
    @ValueSource(strings = {"reason=%3Cscript%3Ealert(1)%3C%2Fscript%3E", "reason=%27%20OR%20%271%27%3D%271",
        "reason=refused%00", "page=-5", "page=2147483647", "reason=refused&page=99999999999", "page=abc"})
    void theBrontoContactsPageTakesAHostileFilterAsNoFilter(String query) {
        HttpResponse<String> page = http.send(http.request("/bronto-contacts?" + query)
                .header("Authorization", PlainHttp.basic("demo", "demo")).GET().build());
        assertThat(page.statusCode()).as(query).isIn(200, 400);
        assertThat(page.body()).as(query).doesNotContain("<script>alert(1)").doesNotContain("Exception");
    }

    @ParameterizedTest
    @ValueSource(strings = {"stage=" + "%27%3B%20drop%20table%20target_group%3B%20--" + "&valueTier=high",
        "stage=lapsed&valueTier=%00", "stage=&valueTier=", "stage=lapsed", "valueTier=" + "x"})
    void discoveryRefusesAnUnknownCell(String query) {
        assertProblem(send("POST", "/api/discovery/target-groups?" + query, null, null), query);
    }

    static Stream<String> hostileSenders() {
        return Stream.of("{\"fromName\":\"Shop\\r\\nBcc: x@evil.example\"}", "{\"fromEmail\":\"x@evil.example\\u0000\"}",
                "{\"fromName\":\"Shop\\u0000\"}", "{\"replyTo\":\"" + "a".repeat(300) + "@example.com\"}",
                "{\"fromName\":" + DEEP_ARRAYS + "}", "{\"fromName\":42}", "[]");
    }

    @ParameterizedTest
    @MethodSource("hostileSenders")
    void aHostileSenderIsRefused(String sender) {
        assertRefusedJson("PUT", "/api/templates/sender", sender);
        assertRefusedJson("PUT", "/api/templates/m1/sender", sender);
    }

    @Test
    void aMalformedUploadIsRefused() {
        String boundary = "----fuzz";
        String garbage = "\u0000\u0001\u0002PK\u0003\u0004" + "\uFFFD".repeat(100);
        for (String[] upload : List.of(
                new String[] {"multipart/form-data", "--x--\r\n"},
                new String[] {"multipart/form-data; boundary=" + boundary, "not multipart at all"},
                new String[] {"multipart/form-data; boundary=" + boundary, part(boundary, "upload", "c.csv", "customer_id\n1\n")},
                new String[] {"multipart/form-data; boundary=" + boundary, part(boundary, "file", "../../../etc/passwd", garbage)},
                new String[] {"multipart/form-data; boundary=" + boundary, part(boundary, "file", "c.csv\u0000.exe", "\u0000")},
                new String[] {"multipart/form-data; boundary=" + boundary, part(boundary, "file", "c.csv", "customer_id," + LONG + "\n")},
                new String[] {"application/json", "{\"file\":\"customer_id\\n1\"}"})) {
            for (String kind : List.of("customers", "transactions")) {
                assertProblem(send("POST", "/api/imports/" + kind, upload[0], upload[1]), kind + " " + upload[0]);
            }
        }
    }

    private static String part(String boundary, String name, String fileName, String content) {
        return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" + fileName
                + "\"\r\nContent-Type: text/csv\r\n\r\n" + content + "\r\n--" + boundary + "--\r\n";
    }
}
