package org.govrules.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.govrules.Answer;
import org.govrules.Question;
import org.govrules.QuestionKind;
import org.govrules.internal.parse.QuestionParser;

/**
 * "When and where was the concept paper adopted?": answered from each instrument's record of its adoption, which is
 * not a paragraph of its text, so neither a rule nor a passage could answer it.
 */
final class AdoptionRecord {

    /** A word of a title that tells one instrument of a body from another ("AHEG1", "II"). */
    private static final Pattern DISTINCT = Pattern.compile("\\b(?:\\p{Lu}{2,}\\d*|[IVX]+)\\b");

    private final Knowledge knowledge;
    private final Pattern asked;

    AdoptionRecord(Knowledge knowledge, Pattern asked) {
        this.knowledge = knowledge;
        this.asked = asked;
    }

    /** The answer, if the question asks when or where its body's instruments were adopted and they record it. */
    Optional<Answer> answer(Question question) {
        if (question.body().isEmpty() || question.text() == null
                || !asked.matcher(QuestionParser.questionSentence(question.text()).toLowerCase(Locale.ROOT)).find()) {
            return Optional.empty();
        }
        var recorded = knowledge.bundle(question.body()).instruments().stream()
                .filter(i -> !i.adopted().isEmpty()).toList();
        var named = recorded.stream().filter(i -> namedIn(i, recorded, question.text())).toList();
        var shown = named.isEmpty() || named.size() == recorded.size() ? recorded : named;
        if (shown.isEmpty()) {
            return Optional.empty();
        }
        var text = new StringBuilder();
        for (Instrument instrument : shown) {
            text.append(instrument.title()).append(" (").append(instrument.id()).append("): adopted ")
                    .append(instrument.adopted()).append(", as its record gives it. ");
        }
        return Optional.of(new Answer(question, QuestionKind.INFORMATION, null, text.toString().strip(), List.of(),
                List.of(), List.of()));
    }

    /** True if the question writes a word that, of its body's instruments, only this one's title has. */
    private static boolean namedIn(Instrument instrument, List<Instrument> others, String text) {
        var words = DISTINCT.matcher(instrument.title());
        while (words.find()) {
            String word = words.group();
            boolean shared = others.stream().anyMatch(o -> o != instrument && o.title().contains(word));
            if (!shared && Pattern.compile("\\b" + Pattern.quote(word) + "\\b").matcher(text).find()) {
                return true;
            }
        }
        return false;
    }
}
