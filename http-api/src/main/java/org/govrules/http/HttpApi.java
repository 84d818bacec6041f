package org.govrules.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.govrules.AskContext;
import org.govrules.Body;
import org.govrules.Event;
import org.govrules.InvalidQuestionException;
import org.govrules.Party;
import org.govrules.Question;
import org.govrules.QuestionKind;
import org.govrules.RefusedEventException;
import org.govrules.Stated;
import org.govrules.UnknownBodyException;
import org.govrules.assistant.AnswerJson;
import org.govrules.assistant.AsOfDate;
import org.govrules.assistant.Assistant;
import org.govrules.assistant.Commands;
import org.govrules.assistant.DeadlineJson;
import org.govrules.assistant.GivenAnswer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP API: the assistant's questions, provisions, deadlines and recording as JSON under {@code /v1}, with
 * {@code /health} and {@code /metrics} for operators. The document served at {@code /v1/openapi.json} describes
 * every route and response; every error is {@code {"error": {"status", "code", "message"}}} and never a stack trace.
 *
 * <pre>{@code
 * try (var api = HttpApi.start(assistant, HttpSettings.from(System.getenv(), 8080), registry)) {
 *     // POST http://127.0.0.1:8080/v1/ask {"question": "Can INTERPOL attend our next meeting?"}
 * }
 * }</pre>
 */
public final class HttpApi implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(HttpApi.class);
    /** Requests larger than this are refused before they are read (a question is at most 4096 characters). */
    static final long MAX_REQUEST_BYTES = 64 * 1024;
    /** Up to this size an oversized request is read and discarded before the 413, so the client surely gets it. */
    private static final long DRAINED_BYTES = 1024 * 1024;
    static final String CHANNEL = "http";
    /** Refuses {"type": …, "type": …}: a key given twice is a mistake, not "the last one wins". */
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private final Assistant assistant;
    private final HttpSettings settings;
    private final PrometheusMeterRegistry metrics;
    private final byte[] openApi;
    private Javalin server;

    private HttpApi(Assistant assistant, HttpSettings settings, PrometheusMeterRegistry metrics) {
        this.assistant = assistant;
        this.settings = settings;
        this.metrics = metrics;
        this.openApi = openApiDocument();
    }

    /**
     * Starts listening.
     *
     * @param metrics the registry the assistant counts in, scraped at {@code /metrics}
     */
    public static HttpApi start(Assistant assistant, HttpSettings settings, PrometheusMeterRegistry metrics) {
        var api = new HttpApi(assistant, settings, metrics);
        api.server = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.http.maxRequestSize = MAX_REQUEST_BYTES;
            config.jetty.host = settings.host();
            config.jetty.port = settings.port();
            config.routes.before(ctx -> {
                String length = ctx.header("Content-Length");
                if (length != null && length.matches("\\d{1,18}") && Long.parseLong(length) > MAX_REQUEST_BYTES) {
                    if (Long.parseLong(length) <= DRAINED_BYTES) {
                        // Read what was sent before refusing it: an answer given while the client is still sending,
                        // followed by a close, can reach it as a reset instead of the 413.
                        ctx.req().getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
                    }
                    throw new ApiError(413, "too_large", "The request is larger than " + MAX_REQUEST_BYTES + " bytes");
                }
            });
            config.routes.post("/v1/ask", api::ask);
            config.routes.get("/v1/bodies", api::bodies);
            config.routes.get("/v1/bodies/{body}/deadlines", api::deadlines);
            config.routes.post("/v1/bodies/{body}/events", api::record);
            config.routes.get("/v1/provisions/{id}", api::provision);
            config.routes.get("/v1/openapi.json", ctx -> ctx.contentType("application/json").result(api.openApi));
            config.routes.get("/health", api::health);
            config.routes.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8")
                    .result(api.metrics.scrape()));
            config.routes.exception(ApiError.class, (e, ctx) -> error(ctx, e.status, e.code, e.getMessage()));
            config.routes.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(),
                    switch (e.getStatus()) {
                        case 404 -> "not_found";
                        case 405 -> "method_not_allowed";
                        case 413 -> "too_large";
                        default -> "bad_request";
                    }, e.getStatus() == 404 ? "No such route: " + ctx.method() + " " + ctx.path()
                            + " (see /v1/openapi.json)" : e.getMessage()));
            config.routes.exception(Exception.class, (e, ctx) -> {
                LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
                error(ctx, 500, "internal", "Something went wrong inside; the error is logged.");
            });
        }).start();
        LOG.info("HTTP API on http://{}:{}/v1 (recording {})", settings.host(), api.port(),
                settings.token().isPresent() ? "on, with the bearer token" : "off: GOVRULES_HTTP_TOKEN is not set");
        return api;
    }

    /** The port listened on (the one chosen when started with port 0). */
    public int port() {
        return server.port();
    }

    private void ask(Context ctx) {
        JsonNode request = body(ctx);
        boolean plain = request.hasNonNull("question");
        boolean structured = request.hasNonNull("topic");
        if (plain == structured) {
            throw new ApiError(400, "bad_request", "Give either \"question\" (plain English) or \"topic\""
                    + " (structured), e.g. {\"question\": \"Can INTERPOL attend our next meeting?\"}");
        }
        Optional<String> body = text(request, "body");
        Optional<LocalDate> asOf = text(request, "as_of").map(HttpApi::date);
        String asker = Optional.ofNullable(ctx.header("X-Govrules-Asker")).orElse(ctx.ip());
        GivenAnswer given;
        try {
            if (plain) {
                String question = request.get("question").asText();
                if (question.isBlank()) {
                    throw new ApiError(400, "bad_request", "The question is empty");
                }
                if (question.length() > Commands.MAX_LENGTH) {
                    throw new ApiError(413, "too_large", "The question is " + question.length() + " characters long;"
                            + " ask one thing at a time, in at most " + Commands.MAX_LENGTH + " characters");
                }
                given = assistant.ask(CHANNEL, asker, question, new AskContext(body, asOf));
            } else {
                String bodyId = body.orElseThrow(() -> new ApiError(400, "bad_request",
                        "A structured question needs \"body\""));
                given = assistant.ask(CHANNEL, asker, structured(request, bodyId,
                        asOf.orElseGet(() -> assistant.today(bodyId))));
            }
        } catch (UnknownBodyException e) {
            throw new ApiError(404, "unknown_body", e.getMessage());
        } catch (InvalidQuestionException e) {
            throw new ApiError(400, "invalid_question", e.getMessage());
        }
        json(ctx, 200, AnswerJson.of(given.answer(), given.reading(), assistant.rules().version()));
    }

    private Question structured(JsonNode request, String body, LocalDate asOf) {
        String topic = request.get("topic").asText();
        String kind = text(request, "kind").orElse("permission");
        if (!kind.equals("permission") && !kind.equals("information")) {
            throw new ApiError(400, "bad_request", "\"kind\" is permission or information, not '" + kind + "'");
        }
        var facts = new ArrayList<Stated>();
        for (JsonNode fact : request.path("facts")) {
            if (!fact.hasNonNull("name") || !fact.hasNonNull("value")) {
                throw new ApiError(400, "bad_request", "Each fact is {\"name\": ..., \"value\": ...}");
            }
            facts.add(new Stated(fact.get("name").asText(), fact.get("value").asText()));
        }
        assistant.rules().body(body);
        return new Question(topic, body, topic, kind.equals("permission") ? QuestionKind.PERMISSION
                : QuestionKind.INFORMATION, party(request.get("actor")), party(request.get("object")), facts, asOf);
    }

    private static Party party(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        Party.Kind kind;
        try {
            kind = Party.Kind.valueOf(node.path("kind").asText());
        } catch (IllegalArgumentException e) {
            throw new ApiError(400, "bad_request", "A party's kind is STATE, ORGANISATION or ROLE");
        }
        String id = node.path("id").asText();
        if (id.isBlank()) {
            throw new ApiError(400, "bad_request", "A party needs an id, e.g. {\"id\": \"INTERPOL\", \"kind\":"
                    + " \"ORGANISATION\"}");
        }
        return new Party(id, kind, node.hasNonNull("name") ? node.get("name").asText() : id);
    }

    private void bodies(Context ctx) {
        var list = new ArrayList<Map<String, Object>>();
        for (Body b : assistant.rules().bodies()) {
            var json = new LinkedHashMap<String, Object>();
            json.put("id", b.id());
            json.put("name", b.name());
            json.put("short_name", b.shortName());
            json.put("time_zone", b.reckoning().zone().getId());
            json.put("instruments", b.instruments());
            list.add(json);
        }
        json(ctx, 200, list);
    }

    private void deadlines(Context ctx) {
        Body body = body(ctx.pathParam("body"));
        Optional<LocalDate> asOf = Optional.ofNullable(ctx.queryParam("as_of")).map(HttpApi::date);
        json(ctx, 200, assistant.deadlines(List.of(body.id()), asOf).stream()
                .map(d -> DeadlineJson.of(d, body.reckoning().zone())).toList());
    }

    private void record(Context ctx) {
        String token = settings.token().orElseThrow(() -> new ApiError(403, "recording_off",
                "Recording over HTTP is off: the server has no GOVRULES_HTTP_TOKEN"));
        String given = Optional.ofNullable(ctx.header("Authorization")).orElse("");
        boolean authorised = given.startsWith("Bearer ") && MessageDigest.isEqual(
                given.substring(7).strip().getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8));
        if (!authorised) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw new ApiError(401, "unauthorized", "Recording needs the header Authorization: Bearer <token>");
        }
        Body body = body(ctx.pathParam("body"));
        JsonNode request = body(ctx);
        String type = text(request, "type").orElseThrow(() -> new ApiError(400, "bad_request",
                "Say which event: {\"type\": \"summary-record-transmitted\", \"details\": {\"meeting\": \"M1\"}}"));
        LocalDate date = text(request, "date").map(HttpApi::date).orElseGet(() -> assistant.today(body.id()));
        var details = new LinkedHashMap<String, String>();
        request.path("details").fields().forEachRemaining(e -> details.put(e.getKey(), e.getValue().asText()));
        Event recorded;
        try {
            recorded = assistant.record(new Event(body.id(), type, date, details), CHANNEL);
        } catch (RefusedEventException e) {
            throw new ApiError(422, "refused", e.getMessage());
        }
        var json = new LinkedHashMap<String, Object>();
        json.put("body", recorded.body());
        json.put("type", recorded.type());
        json.put("date", recorded.date().toString());
        json.put("details", new java.util.TreeMap<>(recorded.details()));
        json(ctx, 201, json);
    }

    private void provision(Context ctx) {
        String id = ctx.pathParam("id");
        var provision = assistant.rules().provision(id).orElseThrow(() -> new ApiError(404, "unknown_provision",
                "No provision '" + id + "'. Ids look like wg-as-tor:7."));
        var json = new LinkedHashMap<String, Object>();
        json.put("id", provision.id());
        json.put("instrument", provision.instrument());
        json.put("part", provision.part());
        json.put("text", provision.text());
        json(ctx, 200, json);
    }

    private void health(Context ctx) {
        boolean store = assistant.store().isReachable();
        var json = new LinkedHashMap<String, Object>();
        json.put("status", store ? "up" : "down");
        json.put("store", store ? "up" : "down");
        Optional<String> logFailure = assistant.decisionLogFailure();
        json.put("decision_log", !assistant.decisionLogging().enabled() ? "off"
                : logFailure.isPresent() ? "failing" : "ok");
        logFailure.ifPresent(why -> json.put("decision_log_error", why));
        var channels = new java.util.TreeMap<String, Object>();
        var now = assistant.clock().instant();
        assistant.lastPolls().forEach((channel, last) -> channels.put(channel, Map.of("last_poll", last.toString(),
                "seconds_since", Duration.between(last, now).toMillis() / 1000.0)));
        json.put("channels", channels);
        json.put("kb_version", assistant.rules().version());
        json(ctx, store ? 200 : 503, json);
    }

    private Body body(String id) {
        try {
            return assistant.rules().body(id);
        } catch (UnknownBodyException e) {
            throw new ApiError(404, "unknown_body", e.getMessage());
        }
    }

    private static JsonNode body(Context ctx) {
        try {
            JsonNode node = JSON.readTree(ctx.bodyAsBytes());
            if (node == null || !node.isObject()) {
                throw new ApiError(400, "bad_request", "The request body must be a JSON object");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new ApiError(400, "bad_request", "The request body is not JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new ApiError(400, "bad_request", "The request body could not be read");
        }
    }

    private static Optional<String> text(JsonNode request, String field) {
        JsonNode value = request.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isTextual()) {
            throw new ApiError(400, "bad_request", "\"" + field + "\" must be a string");
        }
        return Optional.of(value.asText());
    }

    private static LocalDate date(String value) {
        try {
            return AsOfDate.parse(value);
        } catch (IllegalArgumentException e) {
            throw new ApiError(400, "bad_request", e.getMessage());
        }
    }

    private static void error(Context ctx, int status, String code, String message) {
        var error = new LinkedHashMap<String, Object>();
        error.put("status", status);
        error.put("code", code);
        error.put("message", message);
        ctx.attribute("govrules-error", code);
        json(ctx, status, Map.of("error", error));
    }

    private static void json(Context ctx, int status, Object value) {
        try {
            ctx.status(status).contentType("application/json").result(JSON.writeValueAsBytes(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the API writes plain data", e);
        }
    }

    private static byte[] openApiDocument() {
        try (InputStream in = HttpApi.class.getResourceAsStream("openapi.json")) {
            return in.readAllBytes();
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("openapi.json is missing from the jar", e);
        }
    }

    @Override
    public void close() {
        server.stop();
    }
}
