package org.govrules.rules;

import java.time.LocalDate;

/**
 * The date deadlines are derived as of, as a fact.
 *
 * @param date the date
 */
public record Today(LocalDate date) {

    public boolean isAfter(LocalDate day) {
        return date.isAfter(day);
    }

    public int getYear() {
        return date.getYear();
    }
}
