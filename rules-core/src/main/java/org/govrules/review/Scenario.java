package org.govrules.review;

import java.time.LocalDate;
import java.util.Optional;

/**
 * One row of a scenario table in the knowledge base ({@code govrules/scenarios/*.md}): a question as an official
 * would ask it, the date it is asked as of, and what the answer must be. Secretariat officers review these tables;
 * the build runs every row, and {@code ./govrules coverage} uses them to show which rules each provision's tests
 * exercise.
 *
 * @param source    the table and line, e.g. {@code wg-as.md:12}
 * @param question  the question
 * @param asOf      the date to answer as of, or empty for the default date
 * @param verdict   the expected verdict, or {@code info} for an information question
 * @param provision the provision the answer must cite, or empty
 * @param mentions  words the answer must contain, or empty
 */
public record Scenario(String source, String question, Optional<LocalDate> asOf, String verdict, String provision,
        String mentions) {

    /** {@return true if the row expects an information answer (no verdict)} */
    public boolean isInformation() {
        return verdict.equals("info");
    }

    @Override
    public String toString() {
        return source + ": " + question + asOf.map(d -> " (as of " + d + ")").orElse("");
    }
}
