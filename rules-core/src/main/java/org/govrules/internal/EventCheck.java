package org.govrules.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.govrules.Body;
import org.govrules.Event;
import org.govrules.EventType;
import org.govrules.RefusedEventException;

/**
 * Checks an event before it enters a body's ledger: its type and keys, its dates and member states (names become
 * codes), and that it agrees with what the ledger already holds. Refusals say what is wrong and how to put it right;
 * nothing is written for a refused event.
 */
final class EventCheck {

    private final Function<String, Optional<String>> stateCode;

    EventCheck(Function<String, Optional<String>> stateCode) {
        this.stateCode = stateCode;
    }

    Event check(Event event, Body body, List<Event> ledger, LocalDate today) {
        EventType type = EventType.of(event.type()).orElseThrow(() -> new RefusedEventException("Unknown event '"
                + event.type() + "'. Events: " + String.join(", ", java.util.Arrays.stream(EventType.values())
                .map(EventType::id).toList()) + "."));
        var details = new HashMap<String, String>();
        for (var entry : event.details().entrySet()) {
            String key = entry.getKey();
            String value = entry.getValue().strip();
            if (!type.required().contains(key) && !type.optional().contains(key)) {
                throw refuse(type, "it has no key '" + key + "'");
            }
            if (value.isEmpty()) {
                throw refuse(type, "'" + key + "' is empty");
            }
            details.put(key, normalise(type, key, value));
        }
        for (String key : type.required()) {
            if (!details.containsKey(key)) {
                throw refuse(type, "'" + key + "=' is missing");
            }
        }
        if (event.date().isAfter(today) && type != EventType.MEETING_SCHEDULED && type != EventType.AMENDMENT_PROPOSED) {
            throw new RefusedEventException("A " + type.id() + " dated " + event.date() + " has not happened yet (today is "
                    + today + " in " + body.reckoning().zone() + "); record it on the day, or give --date.");
        }
        Event checked = new Event(body.id(), type.id(), event.date(), details);
        agreesWithLedger(checked, type, body, ledger);
        return checked;
    }

    private String normalise(EventType type, String key, String value) {
        if (EventType.DATE_KEYS.contains(key)) {
            try {
                return LocalDate.parse(value).toString();
            } catch (DateTimeParseException e) {
                throw refuse(type, "'" + value + "' is not a date; write YYYY-MM-DD, e.g. 2026-03-02");
            }
        }
        if (key.equals("in-writing")) {
            if (!value.equals("yes") && !value.equals("no")) {
                throw refuse(type, "in-writing= takes yes or no, not '" + value + "'");
            }
            return value;
        }
        if (EventType.STATE_KEYS.contains(key)) {
            return stateCode.apply(value).orElseThrow(() -> refuse(type, "'" + value
                    + "' is not a state this knowledge base knows; use its ISO code or usual name (VN, Viet Nam)"));
        }
        return value;
    }

    private static void agreesWithLedger(Event event, EventType type, Body body, List<Event> ledger) {
        String meeting = event.get("meeting");
        boolean meetingKey = type.required().contains("meeting") && type != EventType.MEETING_SCHEDULED;
        if (meetingKey && ledger.stream().noneMatch(e -> e.type().equals("meeting-scheduled") && e.get("meeting").equals(meeting))) {
            throw new RefusedEventException("No meeting '" + meeting + "' is scheduled for " + body.id()
                    + ". Record it first: record meeting-scheduled meeting=" + meeting + " date=YYYY-MM-DD.");
        }
        switch (type) {
            case MEETING_HELD, SUMMARY_RECORD_TRANSMITTED -> {
                if (ledger.stream().anyMatch(e -> e.type().equals(type.id()) && e.get("meeting").equals(meeting))) {
                    throw new RefusedEventException("The " + type.id() + " of meeting '" + meeting + "' is already"
                            + " recorded.");
                }
            }
            case COMMENT_RECEIVED -> {
                var sent = ledger.stream().filter(e -> e.type().equals("summary-record-transmitted")
                        && e.get("meeting").equals(meeting)).findFirst();
                if (sent.isEmpty()) {
                    throw new RefusedEventException("The summary record of meeting '" + meeting + "' has not been"
                            + " transmitted, so no comment on it can be received yet.");
                }
                if (event.date().isBefore(sent.get().date())) {
                    throw new RefusedEventException("The comment is dated " + event.date() + ", before the summary"
                            + " record was transmitted on " + sent.get().date() + ".");
                }
                mustBeMember(body, event.get("from"), event.date());
            }
            case AGREEMENT, OBJECTION -> mustBeMember(body, event.get("state"), event.date());
            default -> { }
        }
    }

    private static void mustBeMember(Body body, String state, LocalDate day) {
        if (!body.members().isEmpty() && !body.membersOn(day).contains(state)) {
            throw new RefusedEventException(state + " is not a member of " + body.shortName() + " on " + day + ".");
        }
    }

    private static RefusedEventException refuse(EventType type, String why) {
        return new RefusedEventException("Cannot record " + type.id() + ": " + why + ". Usage: " + type.usage());
    }

    /** Applies reschedules: the last meeting-scheduled of a meeting is its schedule. */
    static List<Event> latestSchedules(List<Event> ledger) {
        var last = new HashMap<String, Event>();
        ledger.stream().filter(e -> e.type().equals("meeting-scheduled")).forEach(e -> last.put(e.get("meeting"), e));
        return ledger.stream()
                .filter(e -> !e.type().equals("meeting-scheduled") || last.get(e.get("meeting")) == e)
                .toList();
    }

    static Map<String, String> stateCodes(Map<String, String> namesByCode, Map<String, List<String>> aliases) {
        var codes = new HashMap<String, String>();
        namesByCode.forEach((code, name) -> {
            codes.put(code.toLowerCase(java.util.Locale.ROOT), code);
            codes.put(name.toLowerCase(java.util.Locale.ROOT), code);
        });
        aliases.forEach((code, list) -> list.forEach(a -> codes.put(a.toLowerCase(java.util.Locale.ROOT), code)));
        return codes;
    }
}
