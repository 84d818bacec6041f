package org.govrules.assistant;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
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

    /**
     * Reads {@code GOVRULES_REMIND_DAYS} ("7,1"): the default when unset or blank.
     *
     * @throws IllegalArgumentException naming the value, if it is not a list of whole numbers of days, 0 to 365
     */
    public static List<Integer> remindDays(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT_REMIND_DAYS;
        }
        try {
            var days = java.util.Arrays.stream(value.split(",")).map(String::strip).map(Integer::valueOf).toList();
            if (days.stream().anyMatch(d -> d < 0 || d > 365)) {
                throw new NumberFormatException("out of range");
            }
            return days;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("GOVRULES_REMIND_DAYS='" + value + "' is not a list of days such as 7,1");
        }
    }

    private final Rulebook rules;
    private final Store store;
    private final Clock clock;
    private Reminders reminders;

    private Assistant(Rulebook rules, Store store, Clock clock) {
        this.rules = rules;
        this.store = store;
        this.clock = clock;
    }

    /** An assistant without reminders: for recording events and reading deadlines (the command line). */
    public static Assistant open(Rulebook rules, Store store, Clock clock) {
        return new Assistant(rules, store, clock);
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
    }
}
