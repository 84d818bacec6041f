package org.govrules.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.govrules.Body;
import org.govrules.Event;
import org.govrules.EventType;
import org.govrules.RefusedEventException;

/**
 * Checks an event before it enters a body's ledger, as the body's {@code events.yaml} declares: its type and keys,
 * the type of each value (dates, states, members on the day, yes/no), and that it agrees with what the ledger
 * already holds (earlier events it needs, events that happen once). Refusals say what is wrong and how to put it
 * right; nothing is written for a refused event.
 */
final class EventCheck {

    /** Longest id (a meeting, an amendment): it becomes part of reminder keys the store indexes. */
    static final int MAX_ID = 64;
    /** Longest free text (an organisation, a subject, a name). */
    static final int MAX_TEXT = 500;

    private final Function<String, Optional<String>> stateCode;

    EventCheck(Function<String, Optional<String>> stateCode) {
        this.stateCode = stateCode;
    }

    Event check(Event event, Bundle bundle, List<Event> ledger, LocalDate today) {
        Body body = bundle.body();
        var declared = bundle.events().get(event.type());
        if (declared == null) {
            throw new RefusedEventException(bundle.events().isEmpty()
                    ? "The " + body.shortName() + " (" + body.id() + ") records no events."
                    : "Unknown event '" + event.type() + "' for " + body.id() + ". Events: "
                    + String.join(", ", bundle.events().keySet()) + ".");
        }
        EventType type = declared.type();
        var details = new HashMap<String, String>();
        for (var entry : event.details().entrySet()) {
            String key = entry.getKey();
            String value = entry.getValue().strip();
            var spec = type.keys().stream().filter(k -> k.name().equals(key)).findFirst()
                    .orElseThrow(() -> refuse(type, "it has no key '" + key + "'"));
            if (value.isEmpty()) {
                throw refuse(type, "'" + key + "' is empty");
            }
            details.put(key, normalise(type, spec, value, body, event.date()));
        }
        for (String key : type.required()) {
            if (!details.containsKey(key)) {
                throw refuse(type, "'" + key + "=' is missing");
            }
        }
        if (event.date().isAfter(today) && !declared.entry().future()) {
            throw new RefusedEventException("A " + type.id() + " dated " + event.date() + " has not happened yet (today is "
                    + today + " in " + body.reckoning().zone() + "); record it on or after the day it happens.");
        }
        String moves = declared.entry().moves();
        if (moves != null) {
            // An event that moves an earlier one (a meeting rescheduled) keeps the keys it does not restate.
            var applied = latest(ledger, bundle);
            applied.stream().filter(e -> e.type().equals(type.id()) && details.get(moves).equals(e.get(moves)))
                    .reduce((first, second) -> second)
                    .ifPresent(earlier -> earlier.details().forEach(details::putIfAbsent));
        }
        Event checked = new Event(body.id(), type.id(), event.date(), details);
        agreesWithLedger(checked, declared, bundle, latest(ledger, bundle));
        return checked;
    }

    private String normalise(EventType type, EventType.Key key, String value, Body body, LocalDate day) {
        String name = key.name();
        switch (key.type()) {
            case "date" -> {
                try {
                    return LocalDate.parse(value).toString();
                } catch (DateTimeParseException e) {
                    throw refuse(type, "'" + value + "' is not a date; write YYYY-MM-DD, e.g. 2026-03-02");
                }
            }
            case "yes-no" -> {
                if (!value.equals("yes") && !value.equals("no")) {
                    throw refuse(type, name + "= takes yes or no, not '" + value + "'");
                }
                return value;
            }
            case "state", "member" -> {
                String code = stateCode.apply(value).orElseThrow(() -> refuse(type, "'" + shorten(value)
                        + "' is not a state this knowledge base knows; use its ISO code or usual name (VN, Viet Nam)"));
                if (key.type().equals("member") && !body.members().isEmpty() && !body.membersOn(day).contains(code)) {
                    throw new RefusedEventException(code + " is not a member of " + body.shortName() + " on " + day + ".");
                }
                return code;
            }
            case "id" -> {
                if (value.length() > MAX_ID || !value.matches("[\\p{L}\\p{N}._:/-]+")) {
                    throw refuse(type, name + "= takes a short id (letters, digits, . _ : / -, at most " + MAX_ID
                            + " characters), not '" + shorten(value) + "'");
                }
                return value;
            }
            default -> {
                if (value.length() > MAX_TEXT) {
                    throw refuse(type, name + "= is " + value.length() + " characters long; at most " + MAX_TEXT);
                }
                return value;
            }
        }
    }

    private static void agreesWithLedger(Event event, Bundle.DeclaredEvent declared, Bundle bundle, List<Event> ledger) {
        String bodyId = bundle.body().id();
        for (var needs : declared.entry().requires()) {
            String value = event.get(needs.same());
            var earlier = ledger.stream().filter(e -> e.type().equals(needs.event()) && e.get(needs.same()).equals(value))
                    .reduce((first, second) -> second);
            if (earlier.isEmpty()) {
                throw new RefusedEventException(needs.missing() != null
                        ? needs.missing().replace("{" + needs.same() + "}", value)
                        : "No " + needs.event() + " with " + needs.same() + "=" + value + " is recorded for " + bodyId
                        + ". Record it first: record " + bundle.events().get(needs.event()).type().usage() + ".");
            }
            if (needs.notBefore() && event.date().isBefore(earlier.get().date())) {
                throw new RefusedEventException("The " + event.type() + " is dated " + event.date() + ", before the "
                        + needs.event() + " of " + earlier.get().date() + ".");
            }
            String dayKey = needs.notBeforeKey();
            if (dayKey != null && !earlier.get().get(dayKey).isEmpty()
                    && event.date().isBefore(LocalDate.parse(earlier.get().get(dayKey)))) {
                throw new RefusedEventException("The " + event.type() + " of " + needs.same() + " '" + value
                        + "' is dated " + event.date() + ", before the " + dayKey + " in its " + needs.event() + " ("
                        + earlier.get().get(dayKey) + "). If the date changed, record " + needs.event() + " again with"
                        + " the new " + dayKey + " first.");
            }
        }
        String once = declared.entry().once();
        if (once != null && ledger.stream().anyMatch(e -> e.type().equals(event.type())
                && e.get(once).equals(event.get(once)))) {
            throw new RefusedEventException("The " + event.type() + " of " + once + " '" + event.get(once)
                    + "' is already recorded.");
        }
    }

    private static String shorten(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }

    private static RefusedEventException refuse(EventType type, String why) {
        return new RefusedEventException("Cannot record " + type.id() + ": " + why + ". Usage: record " + type.usage());
    }

    /**
     * Applies the events that replace others: the last event with the same value of its {@code moves} key counts, and
     * the last stance with the same {@code position} keys (an objection after an agreement, or the reverse).
     */
    static List<Event> latest(List<Event> ledger, Bundle bundle) {
        var last = new HashMap<String, Event>();
        ledger.forEach(e -> replaces(e, bundle).ifPresent(key -> last.put(key, e)));
        return ledger.stream().filter(e -> replaces(e, bundle).map(key -> last.get(key) == e).orElse(true)).toList();
    }

    /** What an event replaces, as a key shared with the events it replaces; empty if it replaces nothing. */
    private static Optional<String> replaces(Event e, Bundle bundle) {
        var declared = bundle.events().get(e.type());
        if (declared == null) {
            return Optional.empty();
        }
        if (declared.entry().moves() != null) {
            return Optional.of(e.type() + "\u0000" + e.get(declared.entry().moves()));
        }
        if (!declared.entry().position().isEmpty()) {
            var key = new StringBuilder("position");
            declared.entry().position().forEach(k -> key.append('\u0000').append(k).append('=').append(e.get(k)));
            return Optional.of(key.toString());
        }
        return Optional.empty();
    }

    static java.util.Map<String, String> stateCodes(java.util.Map<String, String> namesByCode,
            java.util.Map<String, List<String>> aliases) {
        var codes = new HashMap<String, String>();
        namesByCode.forEach((code, name) -> {
            codes.put(code.toLowerCase(java.util.Locale.ROOT), code);
            codes.put(name.toLowerCase(java.util.Locale.ROOT), code);
        });
        aliases.forEach((code, list) -> list.forEach(a -> codes.put(a.toLowerCase(java.util.Locale.ROOT), code)));
        return codes;
    }
}
