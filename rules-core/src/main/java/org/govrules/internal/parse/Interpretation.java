package org.govrules.internal.parse;

import java.util.List;
import org.govrules.Question;
import org.govrules.Reading;

/**
 * What the parser made of a question: the structured question (its topic {@code null} if not understood), what it
 * could not make sense of, and, when several bodies could be meant, which; {@code acrossBodies} when the question
 * itself asks about several ("Which bodies ...?", "in the Bali Process and in the ADMM ..."), the bodies it
 * names, whether the body was inferred from what is asked (neither named nor chosen, with several bodies known), and
 * the topics that matched, best first, and the bodies or instruments it asks about that the knowledge base does not
 * hold (when it names none it holds).
 */
public record Interpretation(Question question, List<String> problems, List<String> possibleBodies,
        boolean acrossBodies, List<String> namedBodies, boolean bodyInferred, List<Reading.Candidate> candidates,
        List<String> outside) {

    public Interpretation {
        problems = List.copyOf(problems);
        possibleBodies = List.copyOf(possibleBodies);
        namedBodies = List.copyOf(namedBodies);
        candidates = List.copyOf(candidates);
        outside = List.copyOf(outside);
    }

    public boolean isUnderstood() {
        return question.isUnderstood() && problems.isEmpty();
    }
}
