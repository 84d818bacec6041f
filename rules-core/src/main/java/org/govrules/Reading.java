package org.govrules;

import java.time.LocalDate;
import java.util.List;

/**
 * How a plain-English question was read, so that an official (or a reviewer of the decision log) can see what the
 * answer rests on instead of trusting it: the body and topic chosen, whether a verdict or information was asked
 * for, the facts taken from the sentence, the date answered as of and where it came from, and the topics that
 * competed, best first.
 *
 * @param body             the body whose rules answer, or empty if none could be chosen
 * @param topic            the topic, a {@code silent:N} matter the texts do not address, or {@code null}
 * @param act              a yes/no question ({@link QuestionKind#PERMISSION}) or a request for information
 * @param questionSentence the sentence that asks (the others state the facts of the case)
 * @param facts            the facts stated, as the rules read them
 * @param asOf             the date membership and roles are taken on
 * @param asOfSource       {@code asked} (given with the question), {@code question} (a date in the sentence) or
 *                         {@code today}
 * @param candidates       the topics that matched, best first
 * @param problems         what could not be understood
 * @param possibleBodies   the bodies the question could concern when it does not say which (the answer asks)
 */
public record Reading(String body, String topic, QuestionKind act, String questionSentence, List<Stated> facts,
        LocalDate asOf, String asOfSource, List<Candidate> candidates, List<String> problems,
        List<String> possibleBodies) {

    /**
     * Copies the collections, so the value stays immutable.
     *
     * @param body             the body whose rules answer
     * @param topic            the topic, a {@code silent:N} matter the texts do not address
     * @param act              a yes/no question ({@link QuestionKind#PERMISSION}) or a request for information
     * @param questionSentence the sentence that asks (the others state the facts of the case)
     * @param facts            the facts stated, as the rules read them
     * @param asOf             the date membership and roles are taken on
     * @param asOfSource       {@code asked} (given with the question), {@code question} (a date in the sentence) or {@code today}
     * @param candidates       the topics that matched, best first
     * @param problems         what could not be understood
     * @param possibleBodies   the bodies the question could concern when it does not say which (the answer asks)
     */
    public Reading {
        possibleBodies = List.copyOf(possibleBodies);
        facts = List.copyOf(facts);
        candidates = List.copyOf(candidates);
        problems = List.copyOf(problems);
    }

    /**
     * A topic the question could be about.
     *
     * @param body  the body whose topic it is
     * @param topic the topic id
     * @param score words matched (those of the question sentence count twice), plus half a point per hint
     */
    public record Candidate(String body, String topic, double score) {}
}
