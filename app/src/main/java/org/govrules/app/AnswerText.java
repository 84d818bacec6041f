package org.govrules.app;

import org.govrules.Answer;

/** An answer as a person reads it in a terminal: the answer, then what it must satisfy, then what it cites. */
final class AnswerText {

    private AnswerText() {}

    static String render(Answer answer) {
        var out = new StringBuilder(answer.text()).append('\n');
        if (answer.verdict() != null) {
            out.append("\nVerdict: ").append(answer.verdict()).append('\n');
        }
        if (!answer.conditions().isEmpty()) {
            out.append(answer.verdict() == org.govrules.Verdict.FORBIDDEN ? "What is missing:\n" : "Conditions:\n");
            answer.conditions().forEach(c -> out.append("  - ").append(c).append('\n'));
        }
        if (!answer.provisions().isEmpty()) {
            out.append("\nProvisions:\n");
            answer.provisions().forEach(p -> out.append("  ").append(p.id()).append(" (").append(p.part()).append(")\n"));
            out.append("Show a provision's text with: ./govrules provision ID\n");
        }
        return out.toString().stripTrailing();
    }
}
