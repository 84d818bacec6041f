package org.govrules.internal.parse;

import java.util.List;
import org.govrules.Question;

/**
 * What the parser made of a question: the structured question (its topic {@code null} if not understood), what it
 * could not make sense of, and, when the question names no body and several could be meant, which.
 */
public record Interpretation(Question question, List<String> problems, List<String> possibleBodies) {

    public Interpretation {
        problems = List.copyOf(problems);
        possibleBodies = List.copyOf(possibleBodies);
    }

    public boolean isUnderstood() {
        return question.isUnderstood() && problems.isEmpty();
    }
}
