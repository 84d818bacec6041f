package org.govrules;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A working group or other body whose rules the knowledge base encodes.
 *
 * @param id          the body id, e.g. {@code wg-as}
 * @param name        its full name
 * @param shortName   the name officials use, e.g. "WG on AS"
 * @param instruments the ids of the instruments that govern it
 * @param reckoning   how it reckons dates and time limits
 * @param members     its memberships over time
 * @param roles       its role holders over time, where known
 */
public record Body(
        String id,
        String name,
        String shortName,
        List<String> instruments,
        Reckoning reckoning,
        List<Membership> members,
        List<RoleAssignment> roles) {

    /**
     * Checks the required parts and copies the lists, so a body stays immutable.
     *
     * @param id          the body id
     * @param name        its full name
     * @param shortName   the name officials use
     * @param instruments the ids of the instruments that govern it
     * @param reckoning   how it reckons dates and time limits
     * @param members     its memberships over time
     * @param roles       its role holders over time, where known
     */
    public Body {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(reckoning, "reckoning");
        shortName = shortName == null ? name : shortName;
        instruments = List.copyOf(instruments);
        members = List.copyOf(members);
        roles = List.copyOf(roles);
    }

    /**
     * The codes of the states that are members on that day, in the order the data lists them.
     *
     * @param day the day, in the body's time zone
     * @return ISO 3166 alpha-2 codes
     */
    public List<String> membersOn(LocalDate day) {
        return members.stream().filter(m -> m.isMemberOn(day)).map(Membership::state).toList();
    }

    /**
     * The role holders on that day.
     *
     * @param day the day, in the body's time zone
     * @return who holds which role that day
     */
    public List<RoleAssignment> rolesOn(LocalDate day) {
        return roles.stream().filter(r -> r.isHeldOn(day)).toList();
    }
}
