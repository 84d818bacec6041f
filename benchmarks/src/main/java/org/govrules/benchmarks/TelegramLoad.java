package org.govrules.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.govrules.Rulebook;
import org.govrules.assistant.Assistant;
import org.govrules.assistant.Commands;
import org.govrules.assistant.Store;
import org.govrules.telegram.FakeBotApi;
import org.govrules.telegram.TelegramService;
import org.govrules.telegram.TelegramSettings;

/**
 * The Telegram bot under load: 100 messages a second for a minute, from 500 chats, through a local server speaking
 * the Bot API to the real TelegramBots client. Prints the reply latency (message handed to the Bot API → reply
 * received by it) at p50 and p99, and the heap.
 *
 * <p>Arguments: messages per second (100), seconds (60).
 */
public final class TelegramLoad {

    private static final List<String> QUESTIONS = List.of(
            "Can INTERPOL attend our next meeting?",
            "Can a Resource Panel member be admitted if 9 of 10 member states agree?",
            "Who chairs the annual WG on AS meeting?",
            "Must Viet Nam pay for its delegates' travel if a Dialogue Partner funds the meeting?",
            "When do comments close on a draft summary record transmitted on 2026-03-02?",
            "Is participation in the ADMM border management cooperation voluntary?",
            "/deadlines wg-as",
            "/provision wg-as-tor:7");

    private TelegramLoad() {}

    public static void main(String[] args) throws Exception {
        int rate = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 60;
        var json = new ObjectMapper();
        Rulebook rules = Rulebook.load(TelegramLoad.class.getClassLoader(), Clock.systemUTC());
        var dir = Files.createTempDirectory("govrules-telegram-load");
        var pushedAt = new ConcurrentHashMap<String, Long>();
        int measured = rate * seconds;
        try (var api = new FakeBotApi(); var store = Store.open("jdbc:h2:file:" + dir.resolve("db") + System.getProperty("govrules.bench.h2", ""))) {
            var assistant = Assistant.open(rules, store, Clock.systemUTC());
            var settings = TelegramSettings.from(Map.of("TELEGRAM_BOT_TOKEN", FakeBotApi.TOKEN,
                    "TELEGRAM_API_URL", api.url().toString()));
            try (var service = TelegramService.start(settings, assistant, new Commands(assistant, List.of(7, 1)),
                    Duration.ofSeconds(1), Duration.ofMillis(50))) {
                while (!service.isPolling()) {
                    Thread.sleep(10);
                }
                int warmUp = rate * 5;   // five seconds at the same rate, not measured: JIT, connections, caches
                int total = measured + warmUp;
                long start = System.nanoTime();
                for (int i = 0; i < total; i++) {
                    long due = start + i * 1_000_000_000L / rate;
                    long wait = due - System.nanoTime();
                    if (wait > 0) {
                        Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                    }
                    long chat = 1 + i % 500;
                    ObjectNode update = json.createObjectNode().put("update_id", i + 1);
                    ObjectNode message = update.putObject("message").put("message_id", i + 1)
                            .put("date", 1772416800).put("text", QUESTIONS.get(i % QUESTIONS.size()));
                    message.putObject("chat").put("id", chat).put("type", "private");
                    message.putObject("from").put("id", 100_000 + i).put("is_bot", false).put("first_name", "O");
                    if (i >= warmUp) {
                        pushedAt.put(chat + ":" + (i + 1), System.nanoTime());
                    }
                    api.push(update);
                }
                long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
                while (api.repliedAt.size() < measured + warmUp && System.nanoTime() < end) {
                    Thread.sleep(50);
                }
                var latencies = new ArrayList<Long>();
                pushedAt.forEach((key, at) -> {
                    Long replied = api.repliedAt.get(key);
                    if (replied != null) {
                        latencies.add((replied - at) / 1000);
                    }
                });
                Collections.sort(latencies);
                System.out.printf("Telegram: %,d messages at %d/s after a 5 s warm-up; %,d answered; reply latency p50"
                                + " %.1f ms, p99 %.1f ms, max %.1f ms%n", measured, rate, latencies.size(),
                        percentile(latencies, 0.50) / 1000.0, percentile(latencies, 0.99) / 1000.0,
                        latencies.get(latencies.size() - 1) / 1000.0);
            }
        }
        System.gc();
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == java.lang.management.MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        System.out.printf("heap: %d MB used after the run, %d MB peak (sum of pool peaks)%n",
                ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20, peak >> 20);
        System.exit(0);
    }

    private static long percentile(List<Long> sorted, double p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
    }
}
