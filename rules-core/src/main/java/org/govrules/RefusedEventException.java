package org.govrules;

/**
 * An event the ledger must not take: a missing or unknown key, a malformed date, an unknown member state, or a
 * contradiction with what is already recorded. The message says which and how to put it right.
 */
public final class RefusedEventException extends IllegalArgumentException {

    /** @param message what is wrong with the event and how to put it right */
    public RefusedEventException(String message) {
        super(message);
    }
}
