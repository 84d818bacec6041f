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

    public static AskContext defaults() {
        return new AskContext(Optional.empty(), Optional.empty());
    }

    public AskContext forBody(String bodyId) {
        return new AskContext(Optional.of(bodyId), asOf);
    }

    public AskContext asOf(LocalDate date) {
        return new AskContext(body, Optional.of(date));
    }
}
