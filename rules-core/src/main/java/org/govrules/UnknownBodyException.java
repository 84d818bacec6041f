package org.govrules;

import java.util.Collection;

/** A body id that the knowledge base does not know. The message lists the ones it does. */
public final class UnknownBodyException extends IllegalArgumentException {

    /**
     * @param id    the body id asked for
     * @param known the ids of the bodies the knowledge base holds
     */
    public UnknownBodyException(String id, Collection<String> known) {
        super("Unknown body '" + id + "'. Known bodies: " + String.join(", ", known) + ".");
    }
}
