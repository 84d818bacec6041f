package org.govrules.internal.parse;

import java.util.List;
import java.util.Set;
import org.govrules.QuestionKind;

/**
 * A compiled topic of one body: groups of terms that must all be present, optional hints, and the question kinds
 * it answers.
 */
record Topic(
        String body,
        String id,
        Set<QuestionKind> kinds,
        List<List<Phrase<String>>> all,
        List<Phrase<String>> any,
        List<Phrase<String>> none) {

    private static final String FACT = "fact:";
    /** Small enough never to outweigh a word, a fact (0.9) or a hint (0.5). */
    private static final double TIE = 0.001;

    /**
     * How well the question matches: for each group the question's words its terms cover (a stated fact counts a
     * little less than a word, so that words decide a tie), plus half a point per hint;
     * or -1 if a group has no term in the question or an excluding term is in it.
     */
    double score(List<String> words, Set<String> factNames, QuestionKind kind) {
        if (!kinds.contains(kind)) {
            return -1;
        }
        for (var excluded : none) {
            if (matchLength(excluded, words, factNames) > 0) {
                return -1;
            }
        }
        double score = 0;
        for (var group : all) {
            // The question's words a group's terms cover, each word once: "lead shepherd" inside "voluntary lead
            // shepherd" adds nothing, "travel" beside "accommodation" does.
            var covered = new java.util.BitSet();
            double facts = 0;
            int termWords = 0;
            for (var term : group) {
                if (term.meaning().startsWith(FACT)) {
                    facts += matchLength(term, words, factNames);
                } else {
                    int at = term.find(words, 0);
                    if (at >= 0) {
                        covered.set(at, at + term.length());
                        termWords += term.length();
                    }
                }
            }
            // More of a group's terms met by the same words ("amendment", "amend") decides only a tie.
            double matched = covered.cardinality() + facts + TIE * (termWords - covered.cardinality());
            if (matched == 0) {
                return -1;
            }
            score += matched;
        }
        for (var hint : any) {
            if (matchLength(hint, words, factNames) > 0) {
                score += 0.5;
            }
        }
        return score;
    }

    private static double matchLength(Phrase<String> term, List<String> words, Set<String> factNames) {
        if (term.meaning().startsWith(FACT)) {
            return factNames.contains(term.meaning().substring(FACT.length())) ? 0.9 : 0;
        }
        return term.find(words, 0) >= 0 ? term.length() : 0;
    }
}
