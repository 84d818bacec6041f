package org.govrules.internal;

import java.util.List;

/**
 * A body's {@code events.yaml}: the events its secretariat records and what each must agree with in the ledger.
 * Every field but {@code type} and {@code keys} is optional.
 */
record EventsFile(List<Entry> events) {

    /**
     * One event type.
     *
     * @param future   whether it may be dated after today
     * @param moves    a key: a later event with the same value replaces the earlier (a meeting rescheduled); keys
     *                 the later one leaves out are carried over from the earlier
     * @param once     a key: only one such event per value
     * @param requires   earlier events it needs
     * @param recordOnly kept in the record though no rule reads it yet (the name check accepts it)
     * @param position   keys that make a stance: the latest event of any type with this same {@code position} and
     *                   the same values of those keys replaces the earlier (a state's agreement, then its objection)
     */
    record Entry(String type, List<KeyEntry> keys, boolean future, String moves, String once, List<Requirement> requires,
            boolean recordOnly, List<String> position) {
        Entry {
            keys = keys == null ? List.of() : List.copyOf(keys);
            requires = requires == null ? List.of() : List.copyOf(requires);
            position = position == null ? List.of() : List.copyOf(position);
        }
    }

    record KeyEntry(String name, String type, boolean optional) {}

    /**
     * An earlier event of type {@code event} with the same value of key {@code same} must be in the ledger.
     *
     * @param notBefore    also refuse this event if it is dated before that one
     * @param notBeforeKey also refuse this event if it is dated before the date in this key of that one (a meeting
     *                     held, or its record sent, before the day it was scheduled for)
     * @param missing      the refusal's words when there is none ({@code {key}} is replaced by the key's value)
     */
    record Requirement(String event, String same, boolean notBefore, String notBeforeKey, String missing) {}
}
