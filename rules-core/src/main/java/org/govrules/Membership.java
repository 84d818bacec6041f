package org.govrules;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A state's membership of a body over time.
 *
 * @param state the member's ISO 3166 alpha-2 code
 * @param from  the first day of membership
 * @param until the last day of membership, or {@code null} while it lasts
 */
public record Membership(String state, LocalDate from, LocalDate until) {

    /**
     * Checks the parts and copies the lists, so the value stays immutable.
     *
     * @param state the member's ISO 3166 alpha-2 code
     * @param from  the first day of membership
     * @param until the last day of membership
     */
    public Membership {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(from, "from");
    }

    /**
     * {@return whether the state is a member on that day}
     *
     * @param day the day, in the body's time zone
     */
    public boolean isMemberOn(LocalDate day) {
        return !day.isBefore(from) && (until == null || !day.isAfter(until));
    }
}
