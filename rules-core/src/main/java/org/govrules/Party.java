package org.govrules;

import java.util.Objects;

/**
 * Someone a question is about: a state, an organisation, a role, or a class of participants.
 *
 * @param id   a stable id: the ISO 3166 alpha-2 code for a state ({@code VN}), the usual short name for an organisation
 *             ({@code INTERPOL}), a role id ({@code chair}), or a class id ({@code non-member})
 * @param kind what sort of party it is
 * @param name how to write it in an answer ("Viet Nam", "INTERPOL", "the Chair")
 */
public record Party(String id, Kind kind, String name) {

    /** What sort of party. */
    public enum Kind {
        /** A sovereign state; membership of a body is checked on the question's date. */
        STATE,
        /** A named or generic organisation outside the membership (INTERPOL, a private company, academia). */
        ORGANISATION,
        /** A role held within a body: Chair, Voluntary Lead Shepherd, focal point, Secretariat. */
        ROLE
    }

    /**
     * Checks that every part is given.
     *
     * @param id   a stable id
     * @param kind what sort of party it is
     * @param name how to write it in an answer
     */
    public Party {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
    }

    /** {@return true if the party is a state} */
    public boolean isState() {
        return kind == Kind.STATE;
    }
}
