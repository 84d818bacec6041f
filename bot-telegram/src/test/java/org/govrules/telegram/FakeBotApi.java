package org.govrules.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local HTTP server that speaks enough of the Telegram Bot API for the real TelegramBots client: getMe,
 * deleteWebhook, getUpdates (long polling over a queue), sendMessage, answerCallbackQuery, setMyCommands. Tests push
 * updates, read what the bot sent, and script failures (429 with retry_after, 5xx, slow answers, dropped connections,
 * 403 for a blocked chat). Method names are matched case-insensitively, as the client varies their case.
 */
public final class FakeBotApi implements AutoCloseable {

    public static final String TOKEN = "123:test-token";
    static final String USERNAME = "govrules_bot";
    private static final ObjectMapper JSON = new ObjectMapper();

    record Failure(int status, Integer retryAfter, long delayMillis, boolean drop) {}

    private final HttpServer server;
    /** Updates not yet confirmed, by id: the Bot API forgets an update only when a later offset confirms it. */
    private final java.util.TreeMap<Long, JsonNode> pending = new java.util.TreeMap<>();
    /** The offset of every getUpdates call, in order. */
    final List<Long> offsets = new CopyOnWriteArrayList<>();
    final List<JsonNode> sent = new CopyOnWriteArrayList<>();
    final List<String> calls = new CopyOnWriteArrayList<>();
    private final Map<String, ConcurrentLinkedQueue<Failure>> failures = new ConcurrentHashMap<>();
    private final AtomicInteger messageIds = new AtomicInteger(1000);
    /** When each reply arrived, by "chat:message it replies to", in System.nanoTime(). */
    public final Map<String, Long> repliedAt = new ConcurrentHashMap<>();

    public FakeBotApi() throws IOException {
        // The JDK server writes headers and body apart; without TCP_NODELAY, Nagle and delayed ACKs add ~40 ms to
        // every answer, which would be measured as the bot's latency.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newFixedThreadPool(16));
        server.start();
    }

    public URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    public void push(JsonNode update) {
        synchronized (pending) {
            pending.put(update.path("update_id").asLong(), update);
            pending.notifyAll();
        }
    }

    /** The next calls of a method fail this way, in order. */
    void fail(String method, Failure failure) {
        failures.computeIfAbsent(method.toLowerCase(Locale.ROOT), k -> new ConcurrentLinkedQueue<>()).add(failure);
    }

    List<JsonNode> sentTo(long chat) {
        return sent.stream().filter(m -> m.path("chat_id").asText().equals(String.valueOf(chat))).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String method = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        JsonNode body = body(exchange);
        calls.add(method);
        Failure failure = failures.getOrDefault(method, new ConcurrentLinkedQueue<>()).poll();
        if (failure != null) {
            sleep(failure.delayMillis());
            if (failure.drop()) {
                exchange.close();
                return;
            }
            if (failure.status() != 200) {
                ObjectNode error = JSON.createObjectNode().put("ok", false).put("error_code", failure.status())
                        .put("description", "scripted failure " + failure.status());
                if (failure.retryAfter() != null) {
                    error.putObject("parameters").put("retry_after", failure.retryAfter());
                }
                reply(exchange, failure.status(), error);
                return;
            }
        }
        JsonNode result = switch (method) {
            case "getme" -> JSON.createObjectNode().put("id", 42).put("is_bot", true).put("first_name", "govrules")
                    .put("username", USERNAME);
            case "getupdates" -> poll(body);
            case "sendmessage" -> sendMessage(body);
            default -> JSON.getNodeFactory().booleanNode(true);
        };
        reply(exchange, 200, JSON.createObjectNode().put("ok", true).set("result", result));
    }

    /**
     * As the Bot API: updates below {@code offset} are confirmed and forgotten; the rest are returned (up to
     * {@code limit}) and kept until confirmed; with none, the call waits up to {@code timeout} seconds (at most 2
     * here, to keep tests quick).
     */
    private JsonNode poll(JsonNode body) {
        long offset = body.path("offset").asLong(0);
        int limit = body.path("limit").asInt(100);
        offsets.add(offset);
        var batch = JSON.createArrayNode();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(Math.min(body.path("timeout").asInt(0), 2));
        synchronized (pending) {
            pending.headMap(offset).clear();
            try {
                long left;
                while (pending.isEmpty() && (left = deadline - System.nanoTime()) > 0) {
                    TimeUnit.NANOSECONDS.timedWait(pending, left);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            pending.values().stream().limit(limit).forEach(batch::add);
        }
        return batch;
    }

    private JsonNode sendMessage(JsonNode body) {
        repliedAt.putIfAbsent(body.path("chat_id").asText() + ":" + body.path("reply_to_message_id").asText(),
                System.nanoTime());
        sent.add(body);
        ObjectNode message = JSON.createObjectNode().put("message_id", messageIds.incrementAndGet()).put("date", 1772416800);
        message.putObject("chat").put("id", body.path("chat_id").asLong()).put("type", "private");
        message.putObject("from").put("id", 42).put("is_bot", true).put("first_name", "govrules")
                .put("username", USERNAME);
        message.put("text", body.path("text").asText());
        return message;
    }

    private static JsonNode body(HttpExchange exchange) throws IOException {
        String raw = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        if (raw.isBlank()) {
            return JSON.createObjectNode();
        }
        if (raw.strip().startsWith("{")) {
            return JSON.readTree(raw);
        }
        ObjectNode form = JSON.createObjectNode();
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                form.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return form;
    }

    private static void reply(HttpExchange exchange, int status, JsonNode body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (var out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** How many replies the bot has sent. */
    public int sentCount() {
        return sent.size();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
