package org.govrules.internal.parse;

import java.util.List;
import java.util.Set;
import org.govrules.QuestionKind;

/**
 * A compiled topic of one body: groups of terms that must all be present, optional hints, and the question kinds
 * it answers.
 */
record Topic(String body, String id, Set<QuestionKind> kinds, List<List<Phrase<String>>> all, List<Phrase<String>> any) {

    private static final String FACT = "fact:";

    /**
     * How well the question matches: the sum over groups of the longest term matched, plus half a point per hint;
     * or -1 if a group has no term in the question.
     */
    double score(List<String> words, Set<String> factNames, QuestionKind kind) {
        if (!kinds.contains(kind)) {
            return -1;
        }
        double score = 0;
        for (var group : all) {
            int best = 0;
            for (var term : group) {
                int length = matchLength(term, words, factNames);
                best = Math.max(best, length);
            }
            if (best == 0) {
                return -1;
            }
            score += best;
        }
        for (var hint : any) {
            if (matchLength(hint, words, factNames) > 0) {
                score += 0.5;
            }
        }
        return score;
    }

    private static int matchLength(Phrase<String> term, List<String> words, Set<String> factNames) {
        if (term.meaning().startsWith(FACT)) {
            return factNames.contains(term.meaning().substring(FACT.length())) ? 1 : 0;
        }
        return term.find(words, 0) >= 0 ? term.length() : 0;
    }
}
