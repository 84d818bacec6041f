package org.govrules.app;

import org.govrules.Answer;

/** An answer as a person reads it in a terminal: the answer, then what it must satisfy, then what it cites. */
final class AnswerText {

    private AnswerText() {}

    /** For {@code ./govrules ask}. */
    static String render(Answer answer) {
        return render(answer, "./govrules provision ID");
    }

    /**
     * @param provisionHint how to show a provision's text where this is read ({@code provision ID} inside chat)
     */
    static String render(Answer answer, String provisionHint) {
        var out = new StringBuilder(answer.text()).append('\n');
        // A question that was not understood, or one asked back ("which body do you mean?"), is no verdict.
        if (answer.verdict() != null && answer.question().topic() != null) {
            out.append("\nVerdict: ").append(answer.verdict()).append('\n');
        }
        // The conditions are listed unless the answer already says each of them in so many words.
        if (!answer.conditions().isEmpty() && !answer.conditions().stream().allMatch(answer.text()::contains)) {
            out.append(answer.verdict() == org.govrules.Verdict.FORBIDDEN ? "What is missing:\n" : "Conditions:\n");
            answer.conditions().forEach(c -> out.append("  - ").append(c).append('\n'));
        }
        if (!answer.provisions().isEmpty()) {
            out.append("\nProvisions:\n");
            answer.provisions().forEach(p -> out.append("  ").append(p.id()).append(" (").append(p.part()).append(")\n"));
            out.append("Show a provision's text with: ").append(provisionHint).append('\n');
        }
        return out.toString().stripTrailing();
    }
}
