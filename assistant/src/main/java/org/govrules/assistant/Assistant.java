package org.govrules.assistant;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.govrules.Answer;
import org.govrules.AskContext;
import org.govrules.Reading;
import org.govrules.Deadline;
import org.govrules.Event;
import org.govrules.Rulebook;

/**
 * What every channel shares: the rules, the store (ledger, subscriptions, deliveries) and the reminders. Bots and the
 * command line build one and talk to it; none of them keeps rules or storage of its own.
 *
 * <pre>{@code
 * try (var assistant = Assistant.open(Rulebook.load(), Store.open(Store.defaultUrl()), Clock.systemUTC())) {
 *     assistant.record(new Event("wg-as", "summary-record-transmitted", today, Map.of("meeting", "M1")), "secretariat");
 *     assistant.deadlines("wg-as", today);
 * }
 * }</pre>
 */
public final class Assistant implements AutoCloseable {

    /** Days before a deadline to remind by default ({@code GOVRULES_REMIND_DAYS}). */
    public static final List<Integer> DEFAULT_REMIND_DAYS = List.of(7, 1);
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Reads {@code GOVRULES_REMIND_DAYS} ("7,1"): the default when unset or blank.
     *
     * @throws IllegalArgumentException naming the value, if it is not a list of whole numbers of days, 0 to 365
     */
    public static List<Integer> remindDays(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT_REMIND_DAYS;
        }
        return daysBefore(value, "GOVRULES_REMIND_DAYS='" + value + "'");
    }

    /** Most reminders per deadline a subscription may ask for. */
    public static final int MOST_REMINDERS = 10;

    /**
     * Reads days before a deadline ("7,1"), as a subscriber or the configuration gives them: 1 to
     * {@value #MOST_REMINDERS} different whole numbers from 0 to 365, largest first.
     *
     * @param what how to name the value in the refusal
     * @throws IllegalArgumentException saying what is allowed
     */
    public static List<Integer> daysBefore(String value, String what) {
        try {
            var days = java.util.Arrays.stream(value.split(",")).map(String::strip).map(Integer::valueOf).distinct()
                    .sorted(java.util.Comparator.reverseOrder()).toList();
            if (days.isEmpty() || days.size() > MOST_REMINDERS || days.stream().anyMatch(d -> d < 0 || d > 365)) {
                throw new NumberFormatException("out of range");
            }
            return days;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " is not a list of days before a deadline such as 7,1: at most "
                    + MOST_REMINDERS + " different numbers from 0 to 365");
        }
    }

    private final Rulebook rules;
    private final Store store;
    private final Clock clock;
    private final MeterRegistry metrics;
    private final DecisionLogging logging;
    private final DecisionWriter decisions;
    private final byte[] askerKey;
    private final Map<String, Instant> polls = new ConcurrentHashMap<>();
    private Reminders reminders;

    private Assistant(Rulebook rules, Store store, Clock clock, MeterRegistry metrics, DecisionLogging logging) {
        this.rules = rules;
        this.store = store;
        this.clock = clock;
        this.metrics = metrics;
        this.logging = logging;
        this.decisions = logging.enabled() ? new DecisionWriter(store.decisions(), logging, clock, metrics) : null;
        this.askerKey = logging.enabled() ? store.decisions().key(logging.key()) : null;
    }

    /**
     * An assistant without reminders and without a decision log: for recording events and reading deadlines (the
     * command line, an embedding system that keeps its own records).
     */
    public static Assistant open(Rulebook rules, Store store, Clock clock) {
        return open(rules, store, clock, new SimpleMeterRegistry(), DecisionLogging.off());
    }

    /**
     * An assistant that counts what it does in {@code metrics} (answers by channel and verdict, answer time,
     * reminders sent and failed, poll ages) and keeps the answers it gives as {@code logging} says.
     */
    public static Assistant open(Rulebook rules, Store store, Clock clock, MeterRegistry metrics,
            DecisionLogging logging) {
        return new Assistant(rules, store, clock, metrics, logging);
    }

    /**
     * Starts sending reminders through the given channels, at {@code sendAt} in each body's time zone.
     *
     * @param pollingInterval how often the scheduler looks for due reminders (seconds in production)
     * @param firstRetry      the first wait after a failed send; it doubles with each failure
     */
    public Reminders startReminders(List<Channel> channels, LocalTime sendAt, Duration pollingInterval,
            Duration firstRetry) {
        if (reminders != null) {
            throw new IllegalStateException("reminders are already running");
        }
        reminders = new Reminders(this, channels, sendAt, pollingInterval, firstRetry);
        reminders.start();
        return reminders;
    }

    /**
     * Answers a question for a channel: counts it, times it, and appends it to the decision log (without waiting
     * for the store; an answer is given even if the log cannot be written).
     *
     * @param address the asker's chat id or address: kept only as a pseudonym
     */
    public GivenAnswer ask(String channel, String address, String question, AskContext context) {
        long start = System.nanoTime();
        Answer answer = rules.ask(question, context);
        Reading reading = rules.read(question, context);
        answered(channel, address, question, answer, reading, start);
        return new GivenAnswer(answer, reading);
    }

    /**
     * Answers a structured question for a channel (a system that knows the topic and facts), counted and logged as
     * {@link #ask(String, String, String, AskContext)} is; it has no reading.
     *
     * @throws org.govrules.InvalidQuestionException if the topic, a fact or a value is unknown
     */
    public GivenAnswer ask(String channel, String address, org.govrules.Question question) {
        long start = System.nanoTime();
        Answer answer = rules.ask(question);
        answered(channel, address, question.text(), answer, null, start);
        return new GivenAnswer(answer, null);
    }

    private void answered(String channel, String address, String question, Answer answer, Reading reading,
            long start) {
        Timer.builder("govrules.answer.time").tag("channel", channel).description("Time to answer a question")
                .publishPercentileHistogram().register(metrics).record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
        String verdict = answer.verdict() == null ? "INFORMATION" : answer.verdict().name();
        metrics.counter("govrules.answers", "channel", channel, "verdict", verdict).increment();
        if (decisions != null) {
            decisions.write(decision(channel, address, question, answer, reading));
        }
    }

    private Decision decision(String channel, String address, String question, Answer answer, Reading reading) {
        String json;
        try {
            json = JSON.writeValueAsString(AnswerJson.of(answer, reading, rules.version()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an answer is plain data", e);
        }
        return new Decision(clock.instant(), channel, DecisionLog.pseudonym(askerKey, channel, address),
                answer.body().isEmpty() ? null : answer.body(), question,
                answer.verdict() == null ? null : answer.verdict().name(),
                answer.provisions().stream().map(org.govrules.Provision::id).toList(), rules.version(), json);
    }

    /** Why the decision log's last write failed; empty while it works (or is off). */
    public Optional<String> decisionLogFailure() {
        return decisions == null ? Optional.empty() : decisions.lastFailure();
    }

    /** Whether answers are logged, and how long they are kept. */
    public DecisionLogging decisionLogging() {
        return logging;
    }

    /** Records that a channel has just polled its source successfully (for health and the poll-age gauge). */
    public void polled(String channel) {
        if (polls.put(channel, clock.instant()) == null) {
            Gauge.builder("govrules.poll.age", () -> Duration.between(polls.get(channel), clock.instant()).toMillis()
                    / 1000.0).tag("channel", channel).baseUnit("seconds")
                    .description("Seconds since the channel's last successful poll").register(metrics);
        }
    }

    /** The last successful poll of each channel that has polled. */
    public Map<String, Instant> lastPolls() {
        return Map.copyOf(polls);
    }

    /** Where the counts and timings go. */
    public MeterRegistry metrics() {
        return metrics;
    }

    public Clock clock() {
        return clock;
    }

    public Rulebook rules() {
        return rules;
    }

    public Store store() {
        return store;
    }

    /**
     * Checks an event against the rules and the body's ledger and records it; re-plans reminders if they run.
     *
     * @throws org.govrules.RefusedEventException with what is wrong; nothing is written
     */
    public Event record(Event event, String recordedBy) {
        rules.body(event.body());
        Event recorded = store.ledger().record(event.body(), recordedBy, ledger -> rules.check(event, ledger));
        if (reminders != null) {
            reminders.plan();
        }
        return recorded;
    }

    /** A body's deadlines as of a date, soonest first. */
    public List<Deadline> deadlines(String body, LocalDate asOf) {
        return rules.deadlines(body, store.ledger().events(body).events(), asOf);
    }

    /**
     * The deadlines of several bodies, soonest first (then by body and key), each as of {@code asOf} or, if empty,
     * today in that body's time zone.
     */
    public List<Deadline> deadlines(List<String> bodies, java.util.Optional<LocalDate> asOf) {
        var all = new java.util.ArrayList<Deadline>();
        for (String body : bodies) {
            all.addAll(deadlines(body, asOf.orElseGet(() -> today(body))));
        }
        all.sort(java.util.Comparator.comparing(Deadline::due).thenComparing(Deadline::body)
                .thenComparing(Deadline::key));
        return all;
    }

    /** Today in the body's time zone. */
    public LocalDate today(String body) {
        return rules.body(body).reckoning().today(clock);
    }

    ZoneId zone(String body) {
        return rules.body(body).reckoning().zone();
    }

    @Override
    public void close() {
        if (reminders != null) {
            reminders.close();
        }
        if (decisions != null) {
            decisions.close();
        }
    }
}
