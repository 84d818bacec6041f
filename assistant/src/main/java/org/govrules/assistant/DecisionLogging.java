package org.govrules.assistant;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Whether and how long answers are kept in the decision log.
 *
 * @param enabled   false: nothing is written (the library's default; {@code serve} logs unless told otherwise)
 * @param retention how long a decision is kept; older ones are deleted
 * @param key       the key for askers' pseudonyms; empty: the store's own, made once at random
 */
public record DecisionLogging(boolean enabled, Duration retention, Optional<String> key) {

    /** Kept a year unless {@code GOVRULES_LOG_DAYS} says otherwise. */
    public static final Duration DEFAULT_RETENTION = Duration.ofDays(365);

    /** The same retention and key, switched on: for a command that logs only when asked to ({@code ask --log}). */
    public DecisionLogging asked() {
        return new DecisionLogging(true, retention, key);
    }

    public static DecisionLogging off() {
        return new DecisionLogging(false, DEFAULT_RETENTION, Optional.empty());
    }

    /**
     * Reads {@code GOVRULES_LOG_DAYS} (days to keep, default 365; {@code 0} turns the log off) and
     * {@code GOVRULES_LOG_KEY}.
     *
     * @throws IllegalArgumentException naming the value, if the days are not a whole number from 0 to 36500
     */
    public static DecisionLogging from(Map<String, String> env) {
        String days = env.getOrDefault("GOVRULES_LOG_DAYS", "").strip();
        long kept = DEFAULT_RETENTION.toDays();
        if (!days.isEmpty()) {
            try {
                kept = Long.parseLong(days);
            } catch (NumberFormatException e) {
                kept = -1;
            }
            if (kept < 0 || kept > 36500) {
                throw new IllegalArgumentException("GOVRULES_LOG_DAYS='" + days + "' is not a number of days to keep"
                        + " the decision log (0 turns it off)");
            }
        }
        return new DecisionLogging(kept > 0, Duration.ofDays(Math.max(kept, 1)),
                Optional.ofNullable(env.get("GOVRULES_LOG_KEY")).filter(k -> !k.isBlank()));
    }
}
