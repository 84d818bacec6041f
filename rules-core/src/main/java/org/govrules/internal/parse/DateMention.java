package org.govrules.internal.parse;

import java.time.LocalDate;

/**
 * A date written in a question, with the fact it states (from the cue words before it, e.g. "transmitted on").
 *
 * @param text  the date as written
 * @param date  the date, or {@code null} if what was written is not a valid date
 * @param fact  the fact name from the nearest cue, or {@code date} when no cue is near
 */
record DateMention(String text, LocalDate date, String fact) {

    boolean isValid() {
        return date != null;
    }
}
