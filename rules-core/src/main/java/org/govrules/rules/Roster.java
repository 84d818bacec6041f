package org.govrules.rules;

import java.time.LocalDate;
import java.util.Map;
import org.govrules.Body;

/**
 * The body's membership over time, as a fact: who the members are on any date ("all the ASEAN Member States" on the
 * day of a meeting, not today).
 *
 * @param body  the body
 * @param names the usual English name of each state code
 */
public record Roster(Body body, Map<String, String> names) {

    /**
     * Copies the names, so the roster stays immutable.
     *
     * @param body  the body
     * @param names the usual English name of each state code
     */
    public Roster {
        names = Map.copyOf(names);
    }

    /**
     * {@return the members on that day}
     *
     * @param day the day, in the body's time zone
     */
    public Members on(LocalDate day) {
        var states = body.membersOn(day);
        return new Members(states, states.stream().map(s -> names.getOrDefault(s, s)).toList());
    }
}
