package org.govrules.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.govrules.Rulebook;
import org.govrules.assistant.Assistant;
import org.govrules.assistant.DecisionLogging;
import org.govrules.assistant.Store;
import org.h2.tools.Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The API over real HTTP (Jetty through Javalin, the JDK's client), on a real H2 store: every response is checked
 * against the OpenAPI document the server serves, which is the one kept in the repository.
 */
class HttpApiTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T05:00:00Z"), ZoneOffset.UTC);
    private static final Rulebook RULES = Rulebook.load(HttpApiTest.class.getClassLoader(), CLOCK);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    private static Server h2;
    private static Store store;
    private static Assistant assistant;
    private static PrometheusMeterRegistry metrics;
    private static HttpApi api;

    @BeforeAll
    static void start() throws Exception {
        // The store over H2's TCP server, so that a test can take it away.
        h2 = Server.createTcpServer("-tcpPort", "0", "-ifNotExists").start();
        store = Store.open("jdbc:h2:tcp://localhost:" + h2.getPort() + "/mem:http-api;DB_CLOSE_DELAY=-1");
        metrics = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        assistant = Assistant.open(RULES, store, CLOCK, metrics, new DecisionLogging(true,
                DecisionLogging.DEFAULT_RETENTION, Optional.of("test-key")));
        api = HttpApi.start(assistant, new HttpSettings("127.0.0.1", 0, Optional.of("s3cret")), metrics);
    }

    @AfterAll
    static void stop() {
        api.close();
        assistant.close();
        store.close();
        h2.stop();
    }

    @Test
    void a_plain_question_is_answered_with_verdict_citations_reading_and_knowledge_base_version() throws Exception {
        var response = post("/v1/ask", Map.of("question", "Can INTERPOL attend our next meeting?"), null);
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode answer = valid(response, "Answer");
        assertThat(answer.get("body").asText()).isEqualTo("wg-as");
        assertThat(answer.get("verdict").asText()).isEqualTo("CONDITIONAL");
        assertThat(answer.get("provisions").findValuesAsText("id")).contains("wg-as-tor:7");
        assertThat(answer.get("interpretation").get("act").asText()).isEqualTo("yes-no");
        assertThat(answer.get("kb_version").asText()).isEqualTo(RULES.version());
    }

    @Test
    void a_question_across_bodies_has_one_part_per_body() throws Exception {
        var response = post("/v1/ask", Map.of("question", "Which bodies decide by consensus?"), null);
        JsonNode answer = valid(response, "Answer");
        assertThat(answer.get("body").isNull()).isTrue();
        assertThat(answer.get("parts").size()).isGreaterThan(1);
        answer.get("parts").forEach(part -> assertThat(part.get("body").asText()).isNotEmpty());
    }

    @Test
    void a_structured_question_is_answered_and_a_misspelt_topic_is_a_400_naming_it() throws Exception {
        var response = post("/v1/ask", Map.of("body", "wg-as", "topic", "summary-record-comments", "kind",
                "information", "facts", java.util.List.of(Map.of("name", "transmitted-on", "value", "2026-03-02"))),
                null);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(valid(response, "Answer").get("answer").asText()).contains("2026-03-09");

        var wrong = post("/v1/ask", Map.of("body", "wg-as", "topic", "atend-meeting"), null);
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(valid(wrong, "Error").get("error").get("message").asText()).contains("atend-meeting");
    }

    @Tag("fault")
    @Test
    void bad_requests_get_a_json_error_with_a_stable_code_and_no_stack_trace() throws Exception {
        assertThat(error(post("/v1/ask", "{not json", null), 400)).isEqualTo("bad_request");
        assertThat(error(post("/v1/ask", Map.of("question", "x", "as_of", "2 March"), null), 400))
                .isEqualTo("bad_request");
        assertThat(error(post("/v1/ask", Map.of("question", "Can INTERPOL attend?", "body", "wg-xx"), null), 404))
                .isEqualTo("unknown_body");
        assertThat(error(post("/v1/ask", Map.of("question", "a".repeat(5000)), null), 413)).isEqualTo("too_large");
        assertThat(error(post("/v1/ask", "{\"question\": \"" + "a".repeat(100_000) + "\"}", null), 413))
                .isEqualTo("too_large");
        assertThat(error(get("/v1/nothing-here"), 404)).isEqualTo("not_found");
        assertThat(error(get("/v1/provisions/wg-as-tor:99"), 404)).isEqualTo("unknown_provision");
        assertThat(error(get("/v1/bodies/nobody/deadlines"), 404)).isEqualTo("unknown_body");
        assertThat(get("/v1/ask").body()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void a_provision_and_the_bodies_are_read() throws Exception {
        var provision = get("/v1/provisions/wg-as-tor:7");
        assertThat(provision.statusCode()).isEqualTo(200);
        assertThat(valid(provision, "Provision").get("text").asText()).contains("ASEAN Member States");
        var bodies = get("/v1/bodies");
        assertThat(bodies.statusCode()).isEqualTo(200);
        JsonNode list = JSON.readTree(bodies.body());
        list.forEach(b -> check(b.toString(), "Body"));
        assertThat(list.findValuesAsText("id")).contains("wg-as", "admm-border", "bali-process", "msg-npc-network");
    }

    @Test
    void recording_needs_the_bearer_token_and_then_shows_in_the_deadlines() throws Exception {
        var event = Map.of("type", "meeting-scheduled", "date", "2026-11-01", "details", Map.of("meeting", "HTTP-1",
                "date", "2026-11-10", "host", "Viet Nam", "chair", "VN"));
        assertThat(error(post("/v1/bodies/wg-as/events", event, null), 401)).isEqualTo("unauthorized");
        assertThat(error(post("/v1/bodies/wg-as/events", event, "wrong"), 401)).isEqualTo("unauthorized");
        assertThat(store.ledger().events("wg-as").events()).noneMatch(e -> "HTTP-1".equals(e.get("meeting")));

        var recorded = post("/v1/bodies/wg-as/events", event, "s3cret");
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
        assertThat(valid(recorded, "Event").get("details").get("meeting").asText()).isEqualTo("HTTP-1");

        assertThat(post("/v1/bodies/wg-as/events", Map.of("type", "summary-record-transmitted", "date", "2026-11-20",
                "details", Map.of("meeting", "HTTP-1")), "s3cret").statusCode()).isEqualTo(201);
        var refused = post("/v1/bodies/wg-as/events", Map.of("type", "comment-received", "details",
                Map.of("meeting", "NEVER", "from", "VN")), "s3cret");
        assertThat(error(refused, 422)).isEqualTo("refused");

        var deadlines = get("/v1/bodies/wg-as/deadlines?as_of=2026-11-21");
        assertThat(deadlines.statusCode()).isEqualTo(200);
        JsonNode list = JSON.readTree(deadlines.body());
        list.forEach(d -> check(d.toString(), "Deadline"));
        assertThat(list.findValuesAsText("key")).anyMatch(k -> k.contains("HTTP-1"));
        assertThat(list.findValuesAsText("zone")).contains("Asia/Jakarta");
    }

    @Test
    void metrics_count_answers_by_channel_and_verdict() throws Exception {
        post("/v1/ask", Map.of("question", "Can INTERPOL attend our next meeting?"), null);
        var scrape = get("/metrics");
        assertThat(scrape.statusCode()).isEqualTo(200);
        assertThat(scrape.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/plain"));
        double before = answers(scrape.body());
        post("/v1/ask", Map.of("question", "Can INTERPOL attend our next meeting?"), null);
        String after = get("/metrics").body();
        assertThat(answers(after)).isEqualTo(before + 1);
        assertThat(after).contains("govrules_answer_time_seconds_bucket{channel=\"http\"");
    }

    @Tag("fault")
    @Test
    void health_is_up_with_the_store_and_down_without_it() throws Exception {
        var up = get("/health");
        assertThat(up.statusCode()).isEqualTo(200);
        assertThat(valid(up, "Health").get("status").asText()).isEqualTo("up");
        assertThat(JSON.readTree(up.body()).get("decision_log").asText()).isEqualTo("ok");

        // A second API over a store whose database server goes away.
        Server other = Server.createTcpServer("-tcpPort", "0", "-ifNotExists").start();
        var gone = Store.open("jdbc:h2:tcp://localhost:" + other.getPort() + "/mem:gone;DB_CLOSE_DELAY=-1");
        try (var assistant = Assistant.open(RULES, gone, CLOCK);
             var api = HttpApi.start(assistant, new HttpSettings("127.0.0.1", 0, Optional.empty()), metrics)) {
            assertThat(send(api, HttpRequest.newBuilder(uri(api, "/health"))).statusCode()).isEqualTo(200);
            other.stop();
            var down = send(api, HttpRequest.newBuilder(uri(api, "/health")));
            assertThat(down.statusCode()).isEqualTo(503);
            assertThat(valid(down, "Health").get("store").asText()).isEqualTo("down");
        } finally {
            gone.close();
        }
    }

    @Test
    void the_served_openapi_document_is_the_one_in_the_repository_and_names_every_route() throws Exception {
        var served = get("/v1/openapi.json");
        assertThat(served.statusCode()).isEqualTo(200);
        String kept = java.nio.file.Files.readString(java.nio.file.Path.of("src/main/resources/org/govrules/http/openapi.json"));
        assertThat(JSON.readTree(served.body())).isEqualTo(JSON.readTree(kept));
        assertThat(JSON.readTree(kept).get("paths").properties()).extracting(Map.Entry::getKey).containsExactlyInAnyOrder(
                "/v1/ask", "/v1/bodies", "/v1/bodies/{body}/deadlines", "/v1/bodies/{body}/events",
                "/v1/provisions/{id}", "/v1/openapi.json", "/health", "/metrics");
    }

    @Test
    void answers_given_over_http_are_in_the_decision_log_under_a_pseudonym() throws Exception {
        var request = HttpRequest.newBuilder(uri(api, "/v1/ask")).header("X-Govrules-Asker", "officer@example.org")
                .POST(HttpRequest.BodyPublishers.ofString("{\"question\": \"Who is the Voluntary Lead Shepherd?\"}"));
        assertThat(send(api, request).statusCode()).isEqualTo(200);
        var logged = waitFor(() -> store.decisions().since(Instant.EPOCH, null, 1000).stream()
                .filter(d -> d.question().equals("Who is the Voluntary Lead Shepherd?")).findFirst());
        assertThat(logged.channel()).isEqualTo("http");
        assertThat(logged.asker()).matches("[0-9a-f]{16}").doesNotContain("officer");
        assertThat(logged.kbVersion()).isEqualTo(RULES.version());
        assertThat(logged.answerJson()).contains("\"interpretation\"");
    }

    static <T> T waitFor(java.util.function.Supplier<Optional<T>> found) throws InterruptedException {
        long until = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < until) {
            var value = found.get();
            if (value.isPresent()) {
                return value.get();
            }
            Thread.sleep(20);
        }
        throw new AssertionError("not found within 10 s");
    }

    private static double answers(String scrape) {
        return scrape.lines().filter(l -> l.startsWith("govrules_answers_total{") && l.contains("channel=\"http\"")
                && l.contains("verdict=\"CONDITIONAL\"")).mapToDouble(l -> Double.parseDouble(l.substring(l
                .lastIndexOf(' ') + 1))).sum();
    }

    private static String error(HttpResponse<String> response, int status) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        JsonNode error = valid(response, "Error").get("error");
        assertThat(error.get("status").asInt()).isEqualTo(status);
        return error.get("code").asText();
    }

    private static JsonNode valid(HttpResponse<String> response, String schema) throws IOException {
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t ->
                assertThat(t).startsWith("application/json"));
        check(response.body(), schema);
        return JSON.readTree(response.body());
    }

    private static void check(String json, String schema) {
        var errors = SCHEMAS.getSchema(SchemaLocation.of("classpath:org/govrules/http/openapi.json#/components/schemas/"
                + schema)).validate(json, InputFormat.JSON);
        assertThat(errors).as(schema + ": " + json).isEmpty();
    }

    private static HttpResponse<String> post(String path, Object body, String token) throws Exception {
        var request = HttpRequest.newBuilder(uri(api, path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : JSON.writeValueAsString(body)));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(api, request);
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return send(api, HttpRequest.newBuilder(uri(api, path)));
    }

    private static HttpResponse<String> send(HttpApi api, HttpRequest.Builder request) throws Exception {
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static URI uri(HttpApi api, String path) {
        return URI.create("http://127.0.0.1:" + api.port() + path);
    }
}
