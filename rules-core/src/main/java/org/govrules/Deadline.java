package org.govrules;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A deadline the rules derive from a body's events.
 *
 * @param body      the body id
 * @param key       a stable id for this deadline (the same events give the same key), used to remind once
 * @param due       the last day, in the body's time zone
 * @param what      what is due, in words, with what is still missing
 * @param provision the provision it rests on
 * @param status    where it stands on the date asked
 */
public record Deadline(String body, String key, LocalDate due, String what, String provision, DeadlineStatus status) {

    /**
     * Checks that every part is given.
     *
     * @param body      the body id
     * @param key       a stable id for this deadline (the same events give the same key), used to remind once
     * @param due       the last day, in the body's time zone
     * @param what      what is due, in words, with what is still missing
     * @param provision the provision it rests on
     * @param status    where it stands on the date asked
     */
    public Deadline {
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(provision, "provision");
        Objects.requireNonNull(status, "status");
    }
}
