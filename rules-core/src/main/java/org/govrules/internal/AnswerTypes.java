package org.govrules.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.govrules.internal.parse.QuestionParser;
import org.govrules.internal.parse.VocabularyFile;

/**
 * The kinds of answer a background question asks for ("Where and when was the workshop held?" asks a place and a
 * year), and the sentence of the texts that gives them: among the sentences that match the question well, the best
 * that shows every kind asked. Words shared with the question alone do not answer it.
 */
final class AnswerTypes {

    /** A sentence must match at least this share of the best match's score to be preferred for showing the kind. */
    private static final double CLOSE_ENOUGH = 0.4;
    private static final int CANDIDATES = 40;

    /**
     * A yes/no question ("Is there a review date?") or one about the future ("Where will the meeting be held?"):
     * what the texts record of the past does not answer it.
     */
    private static final Pattern NOT_A_RECORD = Pattern.compile(
            "^\\W*(?:is|are|was|were|does|do|did|can|could|may|must|should|has|have)\\b|\\b(?:will|would|shall|should|going to)\\b");

    private record Type(Pattern asked, Pattern shown) {}

    private final List<Type> types;

    AnswerTypes(List<VocabularyFile.AnswerType> declared) {
        this.types = declared.stream().map(t -> new Type(Pattern.compile(t.asked()), Pattern.compile(t.shown())))
                .toList();
    }

    /**
     * The sentence that answers the question with every kind it asks for, when {@code answer} (a text already
     * composed, or empty) does not show them all.
     */
    Optional<ProvisionSearch.SentenceHit> sentenceShowing(ProvisionSearch search, String question,
            Optional<String> body, String answer) {
        String asked = QuestionParser.questionSentence(question).toLowerCase(Locale.ROOT);
        if (NOT_A_RECORD.matcher(asked).find()) {
            return Optional.empty();
        }
        var wanted = types.stream().filter(t -> t.asked().matcher(asked).find()).toList();
        if (wanted.isEmpty() || wanted.stream().allMatch(t -> t.shown().matcher(answer).find())) {
            return Optional.empty();
        }
        var hits = search.sentences(question, body, CANDIDATES);
        if (hits.isEmpty()) {
            return Optional.empty();
        }
        double best = hits.get(0).score();
        // Showing the kind asked is itself strong evidence: one uncommon word of the question in common is enough.
        return hits.stream()
                .filter(h -> h.informative() >= 1 && h.score() >= CLOSE_ENOUGH * best)
                .filter(h -> wanted.stream().allMatch(t -> t.shown().matcher(h.sentence()).find()))
                .findFirst();
    }
}
