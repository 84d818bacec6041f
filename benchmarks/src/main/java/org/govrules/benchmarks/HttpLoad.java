package org.govrules.benchmarks;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The HTTP API under a steady load, as an integrating system meets it: starts {@code ./govrules serve --http} (the
 * launcher's server flags, its 512 MB heap limit, the decision log on), sends {@code POST /v1/ask} at a fixed rate
 * (open loop: each request leaves at its planned time, however slow the previous ones, so latency includes queueing),
 * and prints the latency percentiles, the errors and the most heap the server used (from its {@code /metrics}).
 *
 * <p>Usage: {@code HttpLoad <repository root> [requests per second] [seconds]} (default 200 for 60, after 10 s of
 * warm-up at the same rate).
 */
public final class HttpLoad {

    private static final List<String> QUESTIONS = List.of(
            "Can INTERPOL attend our next meeting?",
            "When do comments on the draft summary record close if it was transmitted on 2026-03-02?",
            "Can a Resource Panel member be admitted if 9 of 10 member states agree?",
            "Who is the Voluntary Lead Shepherd?",
            "Laos wants a junior desk officer to lead its delegation this year. Is that OK under the ToR?",
            "Which bodies decide by consensus?",
            "Can the annual WG on AS meeting be held online?",
            "Is participation in the ADMM border management cooperation voluntary?");

    private HttpLoad() {}

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath();
        int rate = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 60;
        Path home = Files.createTempDirectory("govrules-http-load");
        var builder = new ProcessBuilder(root.resolve("govrules").toString(), "serve", "--http", "--port", "0")
                .redirectErrorStream(true);
        builder.environment().put("HOME", home.toString());
        Process server = builder.start();
        try {
            var out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
            String line;
            String base = null;
            while (base == null && (line = out.readLine()) != null) {
                if (line.startsWith("Serving")) {
                    base = line.replaceFirst(".*(http://[0-9.:]+)/v1.*", "$1");
                }
            }
            if (base == null) {
                throw new IllegalStateException("serve --http did not start");
            }
            var drain = new Thread(() -> out.lines().forEach(l -> { }));
            drain.setDaemon(true);
            drain.start();
            var client = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(32)).build();
            run(client, base, rate, 10);
            var result = run(client, base, rate, seconds);
            Collections.sort(result.millis);
            int n = result.millis.size();
            System.out.printf("HTTP /v1/ask at %d requests/s for %d s: %d answered, %d errors; latency p50 %.1f ms,"
                    + " p90 %.1f ms, p99 %.1f ms, max %.1f ms; server heap at most %d MB (limit 512 MB)%n", rate,
                    seconds, n, result.errors.get(), at(result.millis, 0.50), at(result.millis, 0.90),
                    at(result.millis, 0.99), result.millis.get(n - 1), result.maxHeap / (1024 * 1024));
        } finally {
            server.destroy();
            server.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private record Result(List<Double> millis, AtomicInteger errors, long maxHeap) {}

    private static Result run(HttpClient client, String base, int rate, int seconds) throws Exception {
        var millis = new ConcurrentLinkedQueue<Double>();
        var errors = new AtomicInteger();
        var pending = new ArrayList<java.util.concurrent.CompletableFuture<?>>();
        long start = System.nanoTime();
        long interval = TimeUnit.SECONDS.toNanos(1) / rate;
        long maxHeap = 0;
        long nextScrape = start;
        for (int i = 0; i < rate * seconds; i++) {
            long planned = start + i * interval;
            long wait = planned - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            String body = "{\"question\": \"" + QUESTIONS.get(i % QUESTIONS.size()) + "\"}";
            var request = HttpRequest.newBuilder(URI.create(base + "/v1/ask"))
                    .header("Content-Type", "application/json").header("X-Govrules-Asker", "load-" + (i % 50))
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            pending.add(client.sendAsync(request, HttpResponse.BodyHandlers.ofString()).whenComplete((response, e) -> {
                if (e != null || response.statusCode() != 200) {
                    errors.incrementAndGet();
                } else {
                    millis.add((System.nanoTime() - planned) / 1e6);
                }
            }));
            if (System.nanoTime() > nextScrape) {
                maxHeap = Math.max(maxHeap, heap(client, base));
                nextScrape = System.nanoTime() + TimeUnit.SECONDS.toNanos(1);
            }
        }
        for (var p : pending) {
            try {
                p.join();
            } catch (RuntimeException counted) {
                // counted as an error above
            }
        }
        maxHeap = Math.max(maxHeap, heap(client, base));
        return new Result(new ArrayList<>(millis), errors, maxHeap);
    }

    /** The server's heap in use, summed over its pools, from its Prometheus metrics. */
    private static long heap(HttpClient client, String base) throws Exception {
        String metrics = client.send(HttpRequest.newBuilder(URI.create(base + "/metrics")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        return (long) metrics.lines().filter(l -> l.startsWith("jvm_memory_used_bytes{") && l.contains("area=\"heap\""))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
    }

    private static double at(List<Double> sorted, double quantile) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(quantile * sorted.size()) - 1));
    }
}
