package org.govrules.assistant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.govrules.DeadlineStatus;
import org.govrules.Event;
import org.govrules.RefusedEventException;
import org.govrules.Rulebook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the store and reminders must do on any database. Subclasses give a fresh database per test: H2 and a real
 * PostgreSQL.
 */
abstract class AssistantContract {

    static final Rulebook RULES = Rulebook.load(AssistantContract.class.getClassLoader(), Clock.systemUTC());
    static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

    private final List<AutoCloseable> open = new ArrayList<>();

    @TempDir
    Path crashDir;

    /** A JDBC URL of an empty database. */
    abstract String freshDatabase();

    Store store(String url) {
        Store store = Store.open(url);
        open.add(store);
        return store;
    }

    Assistant assistant(Store store, Clock clock) {
        Assistant assistant = Assistant.open(RULES, store, clock);
        open.add(0, assistant);
        return assistant;
    }

    @AfterEach
    void closeAll() throws Exception {
        for (AutoCloseable c : open) {
            c.close();
        }
    }

    static Clock clockAt(String day) {
        return Clock.fixed(LocalDate.parse(day).atTime(10, 0).atZone(JAKARTA).toInstant(), JAKARTA);
    }

    static Event event(String type, LocalDate date, String... keyValues) {
        var details = new java.util.HashMap<String, String>();
        for (int i = 0; i < keyValues.length; i += 2) {
            details.put(keyValues[i], keyValues[i + 1]);
        }
        return new Event("wg-as", type, date, details);
    }

    static void await(BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("condition not met within 20 s");
            }
            Thread.sleep(50);
        }
    }

    Assistant logging(Store store, Clock clock, io.micrometer.core.instrument.MeterRegistry metrics) {
        Assistant assistant = Assistant.open(RULES, store, clock, metrics, new DecisionLogging(true, Duration.ofDays(30),
                java.util.Optional.empty()));
        open.add(0, assistant);
        return assistant;
    }

    @Test
    void every_answer_a_channel_gives_is_logged_under_a_pseudonym_the_same_for_the_same_person() throws Exception {
        Store store = store(freshDatabase());
        Assistant a = logging(store, clockAt("2026-03-02"), new io.micrometer.core.instrument.simple.SimpleMeterRegistry());
        var given = a.ask("telegram", "4242", "Can INTERPOL attend our next meeting?", org.govrules.AskContext.defaults());
        a.ask("telegram", "4242", "Who is the Voluntary Lead Shepherd?", org.govrules.AskContext.defaults());
        a.ask("email", "4242", "Who is the Voluntary Lead Shepherd?", org.govrules.AskContext.defaults());
        await(() -> store.decisions().since(java.time.Instant.EPOCH, null, 10).size() == 3);
        var logged = store.decisions().since(java.time.Instant.EPOCH, null, 10);
        assertThat(logged.get(0).question()).isEqualTo("Can INTERPOL attend our next meeting?");
        assertThat(logged.get(0).verdict()).isEqualTo(given.answer().verdict().name());
        assertThat(logged.get(0).provisions()).contains("wg-as-tor:7");
        assertThat(logged.get(0).kbVersion()).isEqualTo(RULES.version());
        assertThat(logged.get(0).answerJson()).contains("\"interpretation\"").contains("\"kb_version\"");
        assertThat(logged.get(0).asker()).isEqualTo(logged.get(1).asker()).isNotEqualTo(logged.get(2).asker())
                .doesNotContain("4242");
        assertThat(store.decisions().since(java.time.Instant.EPOCH, "admm-border", 10)).isEmpty();
        // The key is the store's: another instance on the same store gives the same person the same pseudonym.
        assertThat(DecisionLog.pseudonym(store.decisions().key(java.util.Optional.empty()), "telegram", "4242"))
                .isEqualTo(logged.get(0).asker());
    }

    @Tag("fault")
    @Test
    void an_answer_is_given_when_the_log_cannot_be_written_and_the_failure_is_reported() throws Exception {
        String url = freshDatabase();
        Store store = store(url);
        var metrics = new io.micrometer.core.instrument.simple.SimpleMeterRegistry();
        Assistant a = logging(store, clockAt("2026-03-02"), metrics);
        try (var c = java.sql.DriverManager.getConnection(url);
             var drop = c.createStatement()) {
            drop.execute("drop table decision");
        }
        var given = a.ask("http", "someone", "Can INTERPOL attend our next meeting?", org.govrules.AskContext.defaults());
        assertThat(given.answer().provisions()).isNotEmpty();
        await(() -> a.decisionLogFailure().isPresent());
        assertThat(a.decisionLogFailure().get()).contains("decision log");
        assertThat(metrics.counter("govrules.decision.log.writes", "result", "failed").count()).isEqualTo(1);
        assertThat(metrics.counter("govrules.answers", "channel", "http", "verdict", "CONDITIONAL").count()).isEqualTo(1);
    }

    @Test
    void decisions_older_than_the_retention_are_deleted() throws Exception {
        Store store = store(freshDatabase());
        var old = new Decision(java.time.Instant.parse("2025-01-01T00:00:00Z"), "telegram", "a", "wg-as", "old?", null,
                List.of(), "kb-000000000000", "{}");
        store.decisions().append(old);
        Assistant a = logging(store, clockAt("2026-03-02"), new io.micrometer.core.instrument.simple.SimpleMeterRegistry());
        a.ask("telegram", "4242", "Who is the Voluntary Lead Shepherd?", org.govrules.AskContext.defaults());
        await(() -> store.decisions().since(java.time.Instant.EPOCH, null, 10).stream()
                .noneMatch(d -> d.question().equals("old?")) && !store.decisions().since(java.time.Instant.EPOCH, null, 10)
                .isEmpty());
        assertThat(store.decisions().since(java.time.Instant.EPOCH, null, 10)).extracting(Decision::question)
                .containsExactly("Who is the Voluntary Lead Shepherd?");
    }

    /** A meeting held yesterday whose summary record went out today: comments close in a week. */
    static void transmitToday(Assistant a, LocalDate today) {
        a.record(event("meeting-scheduled", today.minusDays(10), "meeting", "M1", "date", today.minusDays(1).toString()),
                "secretariat");
        a.record(event("meeting-held", today.minusDays(1), "meeting", "M1"), "secretariat");
        a.record(event("summary-record-transmitted", today, "meeting", "M1"), "secretariat");
    }

    @Test
    void recorded_events_give_deadlines_and_refused_ones_write_nothing() {
        Assistant a = assistant(store(freshDatabase()), clockAt("2026-03-02"));
        transmitToday(a, LocalDate.parse("2026-03-02"));
        assertThat(a.deadlines("wg-as", LocalDate.parse("2026-03-05")))
                .anySatisfy(d -> {
                    assertThat(d.key()).isEqualTo("summary-record-comments:M1");
                    assertThat(d.due()).isEqualTo(LocalDate.parse("2026-03-09"));
                    assertThat(d.status()).isEqualTo(DeadlineStatus.OPEN);
                });
        assertThatThrownBy(() -> a.record(event("comment-received", LocalDate.parse("2026-03-02"), "meeting", "M9",
                "from", "KH"), "secretariat")).isInstanceOf(RefusedEventException.class);
        assertThat(a.store().ledger().events("wg-as").events()).hasSize(3);
    }

    @Tag("fault")
    @Test
    void a_hand_edited_row_is_reported_and_the_rest_still_read() throws Exception {
        String url = freshDatabase();
        Assistant a = assistant(store(url), clockAt("2026-03-02"));
        transmitToday(a, LocalDate.parse("2026-03-02"));
        try (var c = java.sql.DriverManager.getConnection(url);
             var s = c.createStatement()) {
            s.executeUpdate("update ledger_event set details = '{not json' where type = 'meeting-held'");
        }
        var read = a.store().ledger().events("wg-as");
        assertThat(read.events()).hasSize(2);
        assertThat(read.problems()).singleElement().satisfies(p -> assertThat(p.reason()).contains("unreadable"));
        assertThat(a.deadlines("wg-as", LocalDate.parse("2026-03-05"))).isNotEmpty();
    }

    @Test
    void each_reminder_is_sent_once_even_when_planned_again() throws Exception {
        Assistant a = assistant(store(freshDatabase()), clockAt("2026-03-02"));
        a.store().subscriptions().subscribe(new Subscription("test", "kh-focal-point", "wg-as", List.of(7, 1)));
        transmitToday(a, LocalDate.parse("2026-03-02"));
        var channel = new RecordingChannel(0);
        // The reminder days (2 and 8 March 2026) are long past on the real clock, so the scheduler sends them now.
        Reminders reminders = a.startReminders(List.of(channel), LocalTime.of(9, 0), Duration.ofMillis(100),
                Duration.ofMillis(100));
        await(() -> channel.sent.size() >= 2);
        reminders.plan();
        reminders.plan();
        Thread.sleep(1000);
        assertThat(channel.sent).extracting(Reminder::daysBefore).containsExactlyInAnyOrder(7, 1);
        assertThat(a.store().deliveries().all()).extracting(Delivery::status).containsOnly("sent");
    }

    @Test
    void a_comment_in_time_cancels_the_reminders_still_planned() throws Exception {
        LocalDate today = LocalDate.now(JAKARTA);
        Assistant a = assistant(store(freshDatabase()), Clock.system(JAKARTA));
        a.store().subscriptions().subscribe(new Subscription("test", "vn", "wg-as", List.of(1)));
        transmitToday(a, today);
        Reminders reminders = a.startReminders(List.of(new RecordingChannel(0)), LocalTime.of(9, 0),
                Duration.ofMillis(100), Duration.ofMillis(100));
        assertThat(reminders.due()).extracting(r -> r.deadline().key()).contains("summary-record-comments:M1");
        assertThat(reminders.scheduled()).anyMatch(key -> key.contains("|summary-record-comments:M1|"));
        a.record(event("comment-received", today, "meeting", "M1", "from", "VN"), "secretariat");
        assertThat(reminders.due()).extracting(r -> r.deadline().key()).doesNotContain("summary-record-comments:M1");
        assertThat(reminders.plan()).isEqualTo(reminders.due().size());
        assertThat(reminders.scheduled()).as("cancelled in db-scheduler")
                .noneMatch(key -> key.contains("|summary-record-comments:M1|"));
    }

    @Tag("fault")
    @Test
    void a_failing_channel_is_retried_with_backoff_and_the_failure_is_recorded() throws Exception {
        Assistant a = assistant(store(freshDatabase()), clockAt("2026-03-02"));
        a.store().subscriptions().subscribe(new Subscription("test", "th", "wg-as", List.of(1)));
        transmitToday(a, LocalDate.parse("2026-03-02"));
        var channel = new RecordingChannel(2);
        a.startReminders(List.of(channel), LocalTime.of(9, 0), Duration.ofMillis(100), Duration.ofMillis(200));
        await(() -> a.store().deliveries().all().stream().anyMatch(d -> d.status().equals("sent")));
        Delivery delivery = a.store().deliveries().all().get(0);
        assertThat(delivery.status()).isEqualTo("sent");
        assertThat(delivery.attempts()).isEqualTo(3);
        assertThat(delivery.lastError()).contains("mail server down");
        assertThat(channel.sent).hasSize(1);
    }

    @Test
    void two_instances_on_one_database_send_each_reminder_once() throws Exception {
        String url = freshDatabase();
        Assistant first = assistant(store(url), clockAt("2026-03-02"));
        Assistant second = assistant(store(url), clockAt("2026-03-02"));
        for (int i = 0; i < 40; i++) {
            first.store().subscriptions().subscribe(new Subscription("test", "fp-" + i, "wg-as", List.of(7, 1)));
        }
        transmitToday(first, LocalDate.parse("2026-03-02"));
        var channelA = new RecordingChannel(0);
        var channelB = new RecordingChannel(0);
        first.startReminders(List.of(channelA), LocalTime.of(9, 0), Duration.ofMillis(100), Duration.ofMillis(100));
        second.startReminders(List.of(channelB), LocalTime.of(9, 0), Duration.ofMillis(100), Duration.ofMillis(100));
        await(() -> channelA.sent.size() + channelB.sent.size() >= 80);
        Thread.sleep(1500);
        var all = new ArrayList<String>();
        channelA.sent.forEach(r -> all.add(r.key()));
        channelB.sent.forEach(r -> all.add(r.key()));
        assertThat(all).hasSize(80).doesNotHaveDuplicates();
    }

    @Test
    void a_message_is_taken_in_once_even_by_two_instances() {
        String url = freshDatabase();
        Store first = store(url);
        Store second = store(url);
        assertThat(first.inbox().claim("telegram", "update-17")).isTrue();
        assertThat(second.inbox().claim("telegram", "update-17")).isFalse();
        assertThat(second.inbox().claim("email", "update-17")).isTrue();
        first.inbox().done("telegram", "update-17");
        assertThat(first.inbox().claim("telegram", "update-17")).as("done stays done").isFalse();

        // A Message-ID far longer than the column (a hostile or broken mail) is claimed, once, like any other.
        String hostile = "<" + "x".repeat(5000) + "@example.org>";
        assertThat(first.inbox().claim("email", hostile)).isTrue();
        assertThat(second.inbox().claim("email", hostile)).isFalse();
        first.inbox().done("email", hostile);
        assertThat(second.inbox().isDone("email", hostile)).isTrue();
        assertThat(second.inbox().claim("email", hostile.replace("@example", "@other"))).isTrue();
    }

    @Test
    void an_unfinished_claim_is_taken_up_again_once_stale() throws Exception {
        String url = freshDatabase();
        Store store = store(url);
        assertThat(store.inbox().claim("email", "<m1@x>")).isTrue();
        assertThat(store.inbox().claim("email", "<m1@x>")).as("fresh claim protects").isFalse();
        try (var c = java.sql.DriverManager.getConnection(url); var s = c.createStatement()) {
            s.executeUpdate("update inbox set received_at = received_at - interval '10' minute");
        }
        assertThat(store.inbox().claim("email", "<m1@x>")).as("after a crash").isTrue();
    }

    @Test
    void a_lease_has_one_holder_until_released_or_expired() throws Exception {
        String url = freshDatabase();
        Leases first = store(url).leases();
        Leases second = store(url).leases();
        assertThat(first.acquire("poll:bot", "a", Duration.ofSeconds(30))).isTrue();
        assertThat(second.acquire("poll:bot", "b", Duration.ofSeconds(30))).isFalse();
        assertThat(first.acquire("poll:bot", "a", Duration.ofSeconds(30))).as("renewal").isTrue();
        first.release("poll:bot", "a");
        assertThat(second.acquire("poll:bot", "b", Duration.ofMillis(200))).isTrue();
        Thread.sleep(400);
        assertThat(first.acquire("poll:bot", "a", Duration.ofSeconds(30))).as("after expiry").isTrue();
    }

    @Test
    void a_moved_meeting_moves_its_deadlines() {
        Assistant a = assistant(store(freshDatabase()), clockAt("2026-02-01"));
        a.record(event("meeting-scheduled", LocalDate.parse("2026-01-10"), "meeting", "M2", "date", "2026-06-10"), "s");
        a.record(event("resource-panel-request", LocalDate.parse("2026-01-20"), "org", "INTERPOL", "meeting", "M2",
                "in-writing", "yes"), "s");
        a.record(event("meeting-scheduled", LocalDate.parse("2026-01-25"), "meeting", "M2", "date", "2026-07-01"), "s");
        assertThat(a.deadlines("wg-as", LocalDate.parse("2026-02-01")))
                .filteredOn(d -> d.key().startsWith("resource-panel"))
                .singleElement().satisfies(d -> assertThat(d.due()).isEqualTo(LocalDate.parse("2026-07-01")));
    }

    private Process sender(String url, Path out, int dieAfter, int expected, int seconds) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                CrashingSender.class.getName(), url, out.toString(), String.valueOf(dieAfter), String.valueOf(expected),
                String.valueOf(seconds))
                .redirectErrorStream(true)
                .redirectOutput(crashDir.resolve("sender.log").toFile())
                .start();
    }

    /** Two processes (two secretariat scripts) recording 50 events each into one store at once: all succeed. */
    @Tag("fault")
    @Test
    void two_processes_recording_fifty_events_each_at_once_all_succeed() throws Exception {
        String url = freshDatabase();
        try (Store store = Store.open(url)) {
            store.ledger().events("wg-as"); // the store exists, as it does beside a running bot
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var loops = new java.util.ArrayList<Process>();
        for (String prefix : List.of("A", "B")) {
            loops.add(new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                    RecordingLoop.class.getName(), url, prefix, "50")
                    .redirectErrorStream(true)
                    .redirectOutput(crashDir.resolve("loop-" + prefix + ".log").toFile())
                    .start());
        }
        for (Process loop : loops) {
            assertThat(loop.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(loop.exitValue()).as(Files.readString(crashDir.resolve("loop-"
                    + (loops.indexOf(loop) == 0 ? "A" : "B") + ".log"))).isZero();
        }
        try (Store store = Store.open(url)) {
            var meetings = store.ledger().events("wg-as").events().stream().map(e -> e.get("meeting")).toList();
            assertThat(meetings).hasSize(100).doesNotHaveDuplicates().contains("A0", "A49", "B0", "B49");
        }
    }

    /** Kill a process mid-batch (no clean shutdown), start another: every reminder is delivered exactly once. */
    @Tag("fault")
    @Test
    void a_process_killed_mid_batch_leaves_every_reminder_to_be_delivered_once() throws Exception {
        String url = freshDatabase();
        Path out = crashDir.resolve("sent.txt");
        int subscribers = 30;
        try (Store store = Store.open(url)) {
            var a = Assistant.open(RULES, store, clockAt("2026-03-02"));
            for (int i = 0; i < subscribers; i++) {
                store.subscriptions().subscribe(new Subscription("test", "fp-" + i, "wg-as", List.of(7, 1)));
            }
            transmitToday(a, LocalDate.parse("2026-03-02"));
        }

        Process first = sender(url, out, 17, 2 * subscribers, 60);
        assertThat(first.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(first.exitValue()).as("the first process died mid-batch").isEqualTo(137);
        assertThat(Files.readAllLines(out)).hasSize(17);

        Process second = sender(url, out, -1, 2 * subscribers, 60);
        assertThat(second.waitFor(90, TimeUnit.SECONDS)).isTrue();

        List<String> sent = Files.readAllLines(out);
        assertThat(sent).hasSize(2 * subscribers).doesNotHaveDuplicates();
        try (Store store = Store.open(url)) {
            assertThat(store.deliveries().all()).hasSize(2 * subscribers)
                    .allSatisfy(d -> assertThat(d.status()).isEqualTo("sent"));
        }
    }
}
