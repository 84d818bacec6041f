package org.govrules;

import java.util.Locale;

/**
 * How strongly the source of a rule binds. Bodies' texts differ in kind: binding Terms of Reference ("shall"), a
 * concept paper's principles, a report's recommendations, a record of what participants did or agreed. Every rule
 * states its source's strength ({@code @strength}), and answers say it in words.
 */
public enum Strength {
    /** The text binds the body's members: "shall", "must", "can only". */
    BINDING,
    /** A guiding principle the members set for themselves, e.g. a concept paper's principles. */
    PRINCIPLE,
    /** A recommendation: what a report or workshop recommends; nobody is bound by it. */
    RECOMMENDATION,
    /** A record of what was done, agreed or noted; it states facts, not obligations. */
    RECORD;

    /**
     * Reads a rule's {@code @strength} metadata value.
     *
     * @return the strength
     *
     * @param value the metadata value, e.g. {@code binding}
     */
    public static Strength of(String value) {
        return valueOf(value.strip().toUpperCase(Locale.ROOT));
    }
}
