package org.govrules.internal.parse;

import java.util.List;

/**
 * A body's {@code silent.yaml}: the governance matters its instruments do not address, phrased so that questions
 * about them match. Knowing silence topic by topic is what lets the assistant say "the texts are silent on a quorum"
 * instead of answering with the nearest rule or not understanding.
 *
 * @param body    the body's id
 * @param opening how an answer saying the texts are silent begins ("The Terms of Reference do not address")
 * @param matters the matters, each matched like a topic
 */
public record SilenceFile(String body, String opening, List<Matter> matters) {

    /**
     * One matter the texts do not address.
     *
     * @param matter what the answer says is not addressed ("a quorum for meetings")
     * @param all    groups of terms that must each have one in the question, as for a topic
     * @param any    terms that make the match likelier
     * @param none   terms that rule it out
     * @param near   the provision nearest to the matter, cited when it helps; may be {@code null}
     * @param note   what that provision does say, in a sentence; may be {@code null}
     */
    public record Matter(String matter, List<List<String>> all, List<String> any, List<String> none, String near,
            String note) {}
}
