package org.govrules.benchmarks;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.govrules.Event;
import org.govrules.Rulebook;
import org.govrules.assistant.Assistant;
import org.govrules.assistant.Channel;
import org.govrules.assistant.Reminder;
import org.govrules.assistant.Store;
import org.govrules.assistant.Subscription;

/**
 * The ledger at scale: 1,000 bodies' ledgers of 100 events each (100,000 events) turned into deadlines as of a date,
 * then 10,000 reminders planned into a store (H2 file) through db-scheduler. Prints the times and the heap.
 *
 * <p>Each of the 1,000 ledgers is a WG on AS-type body (the only body whose instruments yield deadlines): meetings
 * over five years, summary records and comments, Resource Panel requests with agreements, amendments.
 */
public final class LedgerScenario {

    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 1);

    private LedgerScenario() {}

    public static void main(String[] args) throws Exception {
        Rulebook rules = Rulebook.load(LedgerScenario.class.getClassLoader(), Clock.systemUTC());
        var ledgers = new ArrayList<List<Event>>();
        for (int body = 0; body < 1000; body++) {
            ledgers.add(ledger(body));
        }
        int events = ledgers.stream().mapToInt(List::size).sum();

        deadlinesOfAll(rules, ledgers); // warm-up
        long start = System.nanoTime();
        int deadlines = deadlinesOfAll(rules, ledgers);
        long deadlinesMs = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("deadlines of 1,000 bodies (%,d events) as of %s: %,d deadlines in %d ms%n", events, AS_OF,
                deadlines, deadlinesMs);

        var dir = Files.createTempDirectory("govrules-bench");
        try (Store store = Store.open("jdbc:h2:file:" + dir.resolve("db"))) {
            LocalDate today = LocalDate.now(ZoneId.of("Asia/Jakarta"));
            var assistant = Assistant.open(rules, store, Clock.systemUTC());
            for (int m = 0; m < 50; m++) {
                String meeting = "F" + m;
                assistant.record(new Event("wg-as", "meeting-scheduled", today, Map.of("meeting", meeting,
                        "date", today.plusDays(30 + m).toString())), "bench");
                assistant.record(new Event("wg-as", "resource-panel-request", today, Map.of("org", "ORG" + m,
                        "meeting", meeting, "in-writing", "yes")), "bench");
            }
            for (int s = 0; s < 100; s++) {
                store.subscriptions().subscribe(new Subscription("bench", "focal-point-" + s, "wg-as", List.of(7, 1)));
            }
            Channel none = new Channel() {
                @Override
                public String name() {
                    return "bench";
                }

                @Override
                public void send(Reminder reminder) {
                    throw new IllegalStateException("no reminder is due during the benchmark");
                }
            };
            start = System.nanoTime();
            try (var reminders = assistant.startReminders(List.of(none), LocalTime.of(9, 0), Duration.ofSeconds(10),
                    Duration.ofMinutes(1))) {
                long firstPlanMs = (System.nanoTime() - start) / 1_000_000;
                start = System.nanoTime();
                int planned = reminders.plan();
                long replanMs = (System.nanoTime() - start) / 1_000_000;
                System.out.printf("planning %,d reminders into db-scheduler (H2 file): %d ms; re-planning unchanged: %d ms%n",
                        planned, firstPlanMs, replanMs);
            }
        }
        System.gc();
        var heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == java.lang.management.MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        System.out.printf("heap: %d MB used after the run, %d MB peak (sum of pool peaks), max %d MB%n",
                heap.getUsed() >> 20, peak >> 20, heap.getMax() >> 20);
    }

    private static int deadlinesOfAll(Rulebook rules, List<List<Event>> ledgers) {
        int count = 0;
        for (List<Event> ledger : ledgers) {
            count += rules.deadlines("wg-as", ledger, AS_OF).size();
        }
        return count;
    }

    /** A hundred events of one body over five years. */
    static List<Event> ledger(int seed) {
        var events = new ArrayList<Event>();
        String[] states = {"BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "VN"};
        for (int year = 2022; year <= 2026 && events.size() < 100; year++) {
            String m = "M" + year;
            LocalDate day = LocalDate.of(year, 3 + seed % 6, 1 + seed % 20);
            events.add(event("meeting-scheduled", day.minusMonths(2), Map.of("meeting", m, "date", day.toString())));
            if (day.isBefore(AS_OF)) {
                events.add(event("meeting-held", day, Map.of("meeting", m)));
                events.add(event("summary-record-transmitted", day.plusDays(10), Map.of("meeting", m)));
                events.add(event("comment-received", day.plusDays(12 + seed % 5), Map.of("meeting", m,
                        "from", states[(seed + year) % states.length])));
            }
            String org = "ORG" + seed + "-" + year;
            events.add(event("resource-panel-request", day.minusMonths(1), Map.of("org", org, "meeting", m,
                    "in-writing", "yes")));
            for (int i = 0; i < 8 && events.size() < 98; i++) {
                events.add(event("agreement", day.minusDays(20 - i), Map.of("subject", "resource-panel:" + org,
                        "state", states[i])));
            }
            events.add(event("amendment-proposed", day.minusMonths(3), Map.of("amendment", "A" + year)));
            events.add(event("objection", day.minusMonths(2), Map.of("subject", "amendment:A" + year,
                    "state", states[seed % states.length])));
        }
        while (events.size() < 100) {
            events.add(event("poc-nominated", LocalDate.of(2026, 1, 1), Map.of("state", "VN", "name",
                    "officer " + events.size())));
        }
        return events;
    }

    private static Event event(String type, LocalDate date, Map<String, String> details) {
        return new Event("wg-as", type, date, new HashMap<>(details));
    }
}
