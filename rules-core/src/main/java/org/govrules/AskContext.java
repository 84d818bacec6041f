package org.govrules;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What surrounds a plain-English question: the body it is asked of, if the asker chose one, and the date to answer
 * as of, if not today.
 *
 * @param body a body id that overrides any body the question names; empty to let the question decide
 * @param asOf the date to answer as of; empty for today in the body's time zone
 */
public record AskContext(Optional<String> body, Optional<LocalDate> asOf) {

    /** {@return no body chosen and today's date: the question decides} */
    public static AskContext defaults() {
        return new AskContext(Optional.empty(), Optional.empty());
    }

    /**
     * This context for one body, whatever body the question names.
     *
     * @param bodyId the body's id, e.g. {@code wg-as}
     * @return a new context; this one is unchanged
     */
    public AskContext forBody(String bodyId) {
        return new AskContext(Optional.of(bodyId), asOf);
    }

    /**
     * This context answering as of a date other than today.
     *
     * @param date the day to answer as of, in the body's time zone
     * @return a new context; this one is unchanged
     */
    public AskContext asOf(LocalDate date) {
        return new AskContext(body, Optional.of(date));
    }
}
