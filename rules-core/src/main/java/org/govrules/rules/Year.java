package org.govrules.rules;

import java.time.LocalDate;

/**
 * A calendar year the ledger spans, from the year of its first event to the year asked about: the years in which an
 * annual obligation can be checked.
 *
 * @param value the year
 */
public record Year(int value) {

    /** {@return 31 December of the year} */
    public LocalDate getLastDay() {
        return LocalDate.of(value, 12, 31);
    }
}
