package org.govrules.assistant;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * A date given by a person or a system ({@code --as-of}, {@code as_of}, {@code on=}): {@code YYYY-MM-DD}, within the
 * years the bodies can have existed in and a margin after. Every channel reads dates this way, so each refuses the
 * same input with the same words.
 */
public final class AsOfDate {

    private static final LocalDate EARLIEST = LocalDate.of(1967, 8, 8);
    private static final LocalDate LATEST = LocalDate.of(2199, 12, 31);

    private AsOfDate() {}

    /**
     * @throws IllegalArgumentException saying how to write the date, if it is not one or is out of range
     */
    public static LocalDate parse(String value) {
        LocalDate date;
        try {
            date = LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + value + "' is not a date: write it as YYYY-MM-DD, e.g. 2026-03-02");
        }
        // Deadlines are listed year by year from the ledger's first event: a date ten thousand years on is a typo,
        // and would list every year between.
        if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
            throw new IllegalArgumentException("'" + value + "' is outside " + EARLIEST.getYear() + "-"
                    + LATEST.getYear() + ": give a date in that range, e.g. 2026-03-02");
        }
        return date;
    }
}
