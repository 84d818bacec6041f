package org.govrules;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A fact stated in a question ("if 9 of 10 member states agree", "transmitted on 2026-03-02", "by phone").
 *
 * <p>Facts are named pairs so that the knowledge base, not the engine, decides which facts matter. The names the
 * question parser produces are listed in the README; knowledge-base vocabulary files may add more.
 *
 * @param name  the fact's name, e.g. {@code in-writing}, {@code transmitted-on}, {@code states-agreeing}
 * @param value its value: {@code yes}/{@code no}, an ISO date, a number, a state code, or a word
 */
public record Stated(String name, String value) {

    /**
     * Checks that both parts are given.
     *
     * @param name  the fact's name
     * @param value its value: {@code yes}/{@code no}, an ISO date, a number, a state code
     */
    public Stated {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
    }

    /**
     * A fact from any value, written as text.
     *
     * @param name  the fact's name
     * @param value its value; a {@link java.time.LocalDate} becomes an ISO date
     * @return the fact
     */
    public static Stated of(String name, Object value) {
        return new Stated(name, String.valueOf(value));
    }

    /** {@return true if the value is {@code yes}} */
    public boolean isYes() {
        return "yes".equalsIgnoreCase(value);
    }

    /** {@return true if the value is {@code no}} */
    public boolean isNo() {
        return "no".equalsIgnoreCase(value);
    }

    /**
     * {@return the value as an ISO date}
     *
     * @throws java.time.format.DateTimeParseException if it is not one
     */
    public LocalDate getDate() {
        return LocalDate.parse(value);
    }

    /**
     * {@return true if the value is a whole number greater than {@code n}; false for any other value}
     *
     * @param n the number to compare with
     */
    public boolean exceeds(int n) {
        // Checked by hand, not with a regex: rules call this on every question.
        if (value.isEmpty() || value.length() > 9 || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        return Integer.parseInt(value) > n;
    }

    /**
     * {@return the value as a whole number}
     *
     * @throws NumberFormatException if it is not one
     */
    public int getNumber() {
        return Integer.parseInt(value);
    }
}
