package org.govrules;

import java.util.List;
import java.util.Set;

/**
 * What a body's rules can be asked in structured form ({@link Rulebook#ask(Question)}): a topic, the kinds of
 * question it answers, and the facts its rules read.
 *
 * @param body  the body id
 * @param id    the topic id, e.g. the value of {@link Question#topic()}
 * @param kinds the kinds of question it answers
 * @param facts the facts the rules of this topic read, by name
 */
public record TopicSpec(String body, String id, Set<QuestionKind> kinds, List<FactSpec> facts) {

    /**
     * Copies the collections, so the value stays immutable.
     *
     * @param body  the body id
     * @param id    the topic id
     * @param kinds the kinds of question it answers
     * @param facts the facts the rules of this topic read, by name
     */
    public TopicSpec {
        kinds = Set.copyOf(kinds);
        facts = List.copyOf(facts);
    }

    /**
     * A fact a topic's rules read.
     *
     * @param name   e.g. {@code in-writing}
     * @param type   {@code date} (YYYY-MM-DD), {@code number} (a whole number), or {@code word}
     * @param values for a word, the values the rules know (empty: any word, such as a state code)
     */
    public record FactSpec(String name, String type, List<String> values) {

        /**
         * Copies the known values, so a spec stays immutable.
         *
         * @param name   the fact's name
         * @param type   its value type
         * @param values its known values, or empty for any value of the type
         */
        public FactSpec {
            values = List.copyOf(values);
        }
    }
}
