package org.govrules;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Something that happened to a body, as the secretariat records it: a meeting scheduled or held, a draft
 * summary record transmitted, a comment received, a Resource Panel request, a member state's agreement or objection,
 * Dialogue Partner funding, a Point of Contact nominated. From a body's events and a date, the rules derive its
 * deadlines ({@link Rulebook#deadlines}).
 *
 * @param body    the body id
 * @param type    the event type, e.g. {@code summary-record-transmitted} (see {@link EventType})
 * @param date    the day it happened, in the body's time zone
 * @param details the event's keys ({@code meeting=M1}, {@code from=KH}, ...), member states as ISO codes
 */
public record Event(String body, String type, LocalDate date, Map<String, String> details) {

    /**
     * Checks the required parts and copies the keys in their name order, so an event prints the same each time.
     *
     * @param body    the body id
     * @param type    the event type
     * @param date    the day it happened, in the body's time zone
     * @param details the event's keys ({@code meeting=M1}, {@code from=KH}, ...), member states as ISO codes
     */
    public Event {
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(date, "date");
        details = Map.copyOf(new TreeMap<>(details));
    }

    /**
     * The value of a key.
     *
     * @param key a key name, e.g. {@code meeting}
     * @return its value, or an empty string if the event has none
     */
    public String get(String key) {
        return details.getOrDefault(key, "");
    }

    /**
     * The value of a key that holds a date.
     *
     * @param key a key of type {@code date}, e.g. {@code scheduled}
     * @return the date
     * @throws java.time.format.DateTimeParseException if the value is not a YYYY-MM-DD date
     */
    public LocalDate dateOf(String key) {
        return LocalDate.parse(details.get(key));
    }
}
