package org.govrules.assistant;

/** The store could not be read or written (the database is down, full or refusing). Nothing was half-written. */
public final class StoreException extends RuntimeException {

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
