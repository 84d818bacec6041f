package org.govrules;

import java.util.List;

/**
 * What the rules say about one question: a verdict (for permission questions), the answer in words, what must hold
 * for the verdict to change, and the provisions and rules it rests on.
 *
 * <p>Every answer except {@link Verdict#NOT_ADDRESSED} cites at least one provision.
 *
 * @param question   the question as understood (its original text is {@link Question#text()})
 * @param kind       permission or information
 * @param verdict    the verdict, or {@code null} for an information question
 * @param text       the answer in plain English, leading with the verdict in words ("No.", "Only if ...", "Yes.")
 * @param conditions for {@code CONDITIONAL}, each condition left open; for {@code FORBIDDEN}, each condition that failed
 * @param provisions the cited provisions, with their text
 * @param rules      the rules that fired, in firing order
 * @param parts      for a question across bodies, the answer of each body (its own body, verdict and citations);
 *                   empty otherwise
 */
public record Answer(
        Question question,
        QuestionKind kind,
        Verdict verdict,
        String text,
        List<String> conditions,
        List<Provision> provisions,
        List<FiredRule> rules,
        List<Answer> parts) {

    /**
     * Copies the lists, so an answer stays immutable.
     *
     * @param question   the question as understood (its original text is {@link Question#text()})
     * @param kind       permission or information
     * @param verdict    the verdict
     * @param text       the answer in plain English, leading with the verdict in words ("No.", "Only if ...", "Yes.")
     * @param conditions for {@code CONDITIONAL}, each condition left open
     * @param provisions the cited provisions, with their text
     * @param rules      the rules that fired, in firing order
     * @param parts      for a question across bodies, the answer of each body (its own body, verdict and citations)
     */
    public Answer {
        conditions = List.copyOf(conditions);
        provisions = List.copyOf(provisions);
        rules = List.copyOf(rules);
        parts = List.copyOf(parts);
    }

    /**
     * An answer for one body, with no parts.
     *
     * @param question   the question answered
     * @param kind       the kind of question
     * @param verdict    the verdict
     * @param text       the answer in plain English
     * @param conditions what must hold for the verdict
     * @param provisions the provisions it rests on
     * @param rules      the rules that fired
     */
    public Answer(Question question, QuestionKind kind, Verdict verdict, String text, List<String> conditions,
            List<Provision> provisions, List<FiredRule> rules) {
        this(question, kind, verdict, text, conditions, provisions, rules, List.of());
    }

    /** {@return the id of the body the answer speaks for; empty for an answer across bodies (see {@link #parts()})} */
    public String body() {
        return question.body();
    }

    /** {@return whether the question was understood and the instruments speak to it} */
    public boolean isAddressed() {
        return verdict != Verdict.NOT_ADDRESSED;
    }
}
