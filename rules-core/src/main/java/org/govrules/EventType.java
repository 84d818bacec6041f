package org.govrules;

import java.util.List;
import java.util.Objects;

/**
 * A kind of event a body's secretariat records, as the body's knowledge folder declares it ({@code events.yaml}):
 * its name and the keys it takes. Each body declares its own; {@link Rulebook#eventTypes(String)} lists them.
 *
 * @param id   the name used on the command line and in the store, e.g. {@code comment-received}
 * @param keys the keys it takes, required ones first
 */
public record EventType(String id, List<Key> keys) {

    /**
     * Checks the id and copies the keys, so an event type stays immutable.
     *
     * @param id   the name used on the command line and in the store
     * @param keys the keys it takes, required ones first
     */
    public EventType {
        Objects.requireNonNull(id, "id");
        keys = List.copyOf(keys);
    }

    /**
     * One key of an event.
     *
     * @param name     e.g. {@code meeting}
     * @param type     what its value is: {@code id}, {@code text}, {@code date}, {@code state}, {@code member} or
     *                 {@code yes-no}
     * @param optional whether it may be left out
     */
    public record Key(String name, String type, boolean optional) {}

    /** {@return the names of the keys that must be given} */
    public List<String> required() {
        return keys.stream().filter(k -> !k.optional()).map(Key::name).toList();
    }

    /** {@return the event with its keys, optional ones in brackets ({@code EVENT key= [other=]}), for help texts} */
    public String usage() {
        var words = new StringBuilder(id);
        keys.forEach(k -> words.append(k.optional() ? " [" + k.name() + "=]" : " " + k.name() + "="));
        return words.toString();
    }
}
