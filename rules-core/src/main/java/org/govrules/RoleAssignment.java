package org.govrules;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Who held a role of a body, and when. Role holders are data, not rules: chairs rotate, coordinators are replaced.
 *
 * @param role   the role id, e.g. {@code voluntary-lead-shepherd}
 * @param holder who holds it, as written in answers (a state's name or a person's title)
 * @param from   the first day in the role
 * @param until  the last day in the role, or {@code null} while it lasts
 */
public record RoleAssignment(String role, String holder, LocalDate from, LocalDate until) {

    /**
     * Checks that role, holder and start are given.
     *
     * @param role   the role id
     * @param holder who holds it, as written in answers (a state's name or a person's title)
     * @param from   the first day in the role
     * @param until  the last day in the role
     */
    public RoleAssignment {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(holder, "holder");
        Objects.requireNonNull(from, "from");
    }

    /**
     * Whether the role is held on a day.
     *
     * @param day the day, in the body's time zone
     * @return true if {@code day} is within the assignment's dates
     */
    public boolean isHeldOn(LocalDate day) {
        return !day.isBefore(from) && (until == null || !day.isAfter(until));
    }
}
