package org.govrules.internal.parse;

import java.util.List;
import org.govrules.Question;

/**
 * What the parser made of a question: the structured question (its topic {@code null} if not understood), what it
 * could not make sense of, and, when several bodies could be meant, which; {@code acrossBodies} when the question
 * itself asks about several ("Which bodies ...?", "in the Bali Process and in the ADMM ..."), the bodies it
 * names, and whether the body was inferred from what is asked (neither named nor chosen, with several bodies known).
 */
public record Interpretation(Question question, List<String> problems, List<String> possibleBodies,
        boolean acrossBodies, List<String> namedBodies, boolean bodyInferred) {

    public Interpretation {
        problems = List.copyOf(problems);
        possibleBodies = List.copyOf(possibleBodies);
        namedBodies = List.copyOf(namedBodies);
    }

    public boolean isUnderstood() {
        return question.isUnderstood() && problems.isEmpty();
    }
}
