package org.govrules.app;

import java.util.Locale;
import org.govrules.Answer;
import org.govrules.FiredRule;
import org.govrules.QuestionKind;
import org.govrules.Reading;

/** {@code ask --explain}: how a question was read and which rules answered it, for a person checking the answer. */
final class ReadingText {

    private static final int CANDIDATES_SHOWN = 5;

    private ReadingText() {}

    static String render(Reading reading, Answer answer) {
        var text = new StringBuilder("How the question was read:\n");
        text.append("  asked:  ").append(reading.questionSentence()).append('\n');
        text.append("  body:   ").append(reading.body().isEmpty() ? "(none chosen)" : reading.body()).append('\n');
        text.append("  topic:  ").append(reading.topic() == null ? "(none)" : reading.topic()).append('\n');
        String answered = answer.question().topic();
        if (answered != null && reading.topic() != null && !answered.equals(reading.topic())) {
            text.append("  answered under: ").append(answered)
                    .append(" (the chosen topic's rules do not speak to it)\n");
        }
        text.append("  act:    ").append(reading.act() == QuestionKind.PERMISSION ? "yes/no (a verdict)" : "information")
                .append('\n');
        text.append("  facts:  ").append(reading.facts().isEmpty() ? "(none)"
                : String.join(", ", reading.facts().stream().map(f -> f.name() + "=" + f.value()).toList()))
                .append('\n');
        text.append("  as of:  ").append(reading.asOf()).append(" (").append(switch (reading.asOfSource()) {
            case "asked" -> "given with --as-of";
            case "question" -> "the date in the question";
            default -> "today";
        }).append(")\n");
        if (!reading.candidates().isEmpty()) {
            text.append("  topics that matched (score):\n");
            reading.candidates().stream().limit(CANDIDATES_SHOWN).forEach(c -> text.append("    ").append(c.body())
                    .append('/').append(c.topic()).append(String.format(Locale.ROOT, "  %.2f", c.score()))
                    .append('\n'));
        }
        reading.problems().forEach(p -> text.append("  problem: ").append(p).append('\n'));
        if (!answer.rules().isEmpty()) {
            text.append("  rules that fired:\n");
            answer.rules().stream().map(FiredRule::name).distinct()
                    .forEach(r -> text.append("    ").append(r).append('\n'));
        }
        return text.toString().stripTrailing();
    }
}
