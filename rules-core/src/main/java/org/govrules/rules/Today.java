package org.govrules.rules;

import java.time.LocalDate;

/**
 * The date deadlines are derived as of, as a fact.
 *
 * @param date the date
 */
public record Today(LocalDate date) {

    /**
     * Whether today is after a day.
     *
     * @param day the day to compare with
     * @return true if today is later
     */
    public boolean isAfter(LocalDate day) {
        return date.isAfter(day);
    }

    /** {@return the year of today} */
    public int getYear() {
        return date.getYear();
    }
}
