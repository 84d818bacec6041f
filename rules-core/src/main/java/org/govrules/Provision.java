package org.govrules;

import java.util.Objects;

/**
 * One paragraph of an instrument, under the id its heading carries, e.g. {@code wg-as-tor:7}.
 *
 * @param id         {@code <instrument id>:<section>}
 * @param instrument the instrument id, e.g. {@code wg-as-tor}
 * @param part       the part of the instrument the paragraph sits in, e.g. "Resource Panel"
 * @param text       the paragraph's own words, as the instrument gives them
 */
public record Provision(String id, String instrument, String part, String text) {
    /**
     * Checks the parts and copies the lists, so the value stays immutable.
     *
     * @param id         {@code <instrument id>:<section>}
     * @param instrument the instrument id
     * @param part       the part of the instrument the paragraph sits in
     * @param text       the paragraph's own words, as the instrument gives them
     */
    public Provision {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(instrument, "instrument");
        Objects.requireNonNull(text, "text");
        part = part == null ? "" : part;
    }
}
