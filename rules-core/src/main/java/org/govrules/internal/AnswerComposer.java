package org.govrules.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.govrules.Answer;
import org.govrules.Provision;
import org.govrules.Question;
import org.govrules.QuestionKind;
import org.govrules.Stated;
import org.govrules.Verdict;
import org.govrules.internal.parse.QuestionParser;

/**
 * Turns the findings of one rule session into an {@link Answer}.
 *
 * <p>When several provisions speak to a question the strictest verdict decides, in the order of {@link Verdict}: a
 * failed condition or prohibition outweighs an open condition, which outweighs an obligation or a permission. The
 * answer then gives the reasons and cites the provisions of the findings that decided it; every rule that fired is
 * listed all the same.
 */
final class AnswerComposer {

    private final Map<String, Provision> provisions;
    private final Map<String, List<String>> conditionNouns;

    /**
     * @param conditionNouns words that name a condition in a question, to the stems that show it in a condition
     */
    AnswerComposer(Map<String, Provision> provisions, Map<String, List<String>> conditionNouns) {
        this.provisions = Objects.requireNonNull(provisions);
        this.conditionNouns = Objects.requireNonNull(conditionNouns);
    }

    Answer compose(Question question, RuleRun run) {
        // One pass: this runs for every question.
        var information = new ArrayList<Conclusion>();
        var verdicts = new ArrayList<Conclusion>();
        Verdict strongest = null;
        for (Conclusion c : run.conclusions()) {
            if (c.finding().isInformation()) {
                information.add(c);
                continue;
            }
            verdicts.add(c);
            Verdict v = c.finding().verdict();
            if (v != Verdict.NOT_ADDRESSED && (strongest == null || v.compareTo(strongest) < 0)) {
                strongest = v;
            }
        }
        if (!information.isEmpty() && (question.kind() == QuestionKind.INFORMATION || verdicts.isEmpty())) {
            return answer(question, QuestionKind.INFORMATION, null, information, run);
        }
        Verdict verdict = strongest == null ? Verdict.NOT_ADDRESSED : strongest;
        var deciding = verdicts.stream().filter(c -> c.finding().verdict() == verdict).toList();
        String asks = question.fact(QuestionParser.ASKS).map(Stated::value).orElse("");
        // "Can we hold exchange visits?" of something the texts provide for without obliging anyone: yes.
        boolean askedMay = asks.equals("permission");
        if (verdict == Verdict.NOT_REQUIRED && askedMay && deciding.stream().allMatch(c -> c.finding().optional())) {
            return answer(question, question.kind(), Verdict.PERMITTED, deciding, run);
        }
        // "Can the VLS chair the meeting?" of what the rules oblige: yes, it may (the reasons say it must). Not when
        // the question negates or restricts what it asks ("Is it OK if we skip the meeting?").
        if (verdict == Verdict.REQUIRED && askedMay && !QuestionParser.NOT_PLAIN.matcher(
                QuestionParser.questionSentence(question.text()).toLowerCase(java.util.Locale.ROOT)).find()) {
            return answer(question, question.kind(), Verdict.PERMITTED, deciding, run);
        }
        // "Is it a must to bring experts?" answered by a rule that only allows it: no, it is not required.
        boolean askedMust = asks.equals("obligation");
        if (verdict == Verdict.PERMITTED && askedMust) {
            return answer(question, question.kind(), Verdict.NOT_REQUIRED, deciding, run);
        }
        Answer answer = answer(question, question.kind(), verdict, deciding, run);
        return conditionAsked(question, answer, deciding, run).orElse(answer);
    }

    /**
     * "Is unanimity required to admit someone to the Resource Panel?" asks whether a condition is among those of the
     * action. When one of the answer's open conditions shows it, or (the question's own words having met it) one of
     * its reasons does, yes, it is required, and the answer says which.
     */
    private Optional<Answer> conditionAsked(Question question, Answer answer, List<Conclusion> deciding, RuleRun run) {
        String asked = question.fact(QuestionParser.ASKS).map(Stated::value).orElse("");
        if (!asked.startsWith(QuestionParser.CONDITION) || answer.verdict() == null
                || answer.verdict() == Verdict.NOT_REQUIRED || answer.verdict() == Verdict.NOT_ADDRESSED) {
            return Optional.empty();
        }
        var reasons = deciding.stream().map(c -> c.finding().reason()).distinct().toList();
        var allReasons = run.conclusions().stream().map(c -> c.finding().reason()).distinct().toList();
        var stems = java.util.Arrays.stream(asked.substring(QuestionParser.CONDITION.length()).split(" "))
                .flatMap(noun -> conditionNouns.getOrDefault(noun, List.of()).stream()).toList();
        var shown = new ArrayList<String>(answer.conditions().stream().filter(c -> shows(c, stems)).toList());
        if (shown.isEmpty()) {
            // Met by the question's own words ("unanimity" states that all agree): the rule that says so still fired.
            allReasons.stream().flatMap(r -> java.util.Arrays.stream(r.split("(?<=\\.)\\s+"))).filter(r -> shows(r, stems))
                    .findFirst().ifPresent(r -> shown.add(inSentence(r.replaceFirst("\\.$", ""))));
        }
        if (shown.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Answer(answer.question(), answer.kind(), Verdict.REQUIRED, ("Yes, it is required: "
                + joinAsList(shown) + ". " + String.join(" ", reasons)).strip(), answer.conditions(),
                answer.provisions(), answer.rules()));
    }

    /** A sentence to go after a colon: "All 11 … agree" becomes "all 11 … agree" (an acronym keeps its capitals). */
    private static String inSentence(String sentence) {
        return sentence.length() > 1 && Character.isLowerCase(sentence.charAt(1))
                ? Character.toLowerCase(sentence.charAt(0)) + sentence.substring(1) : sentence;
    }

    /** True if a word of the text begins with one of the stems (a stem under five letters must be the whole word). */
    private static boolean shows(String text, List<String> stems) {
        return java.util.Arrays.stream(text.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+"))
                .anyMatch(w -> stems.stream().anyMatch(s -> s.length() < 5 ? w.equals(s) : w.startsWith(s)));
    }

    private Answer answer(Question question, QuestionKind kind, Verdict verdict, List<Conclusion> deciding, RuleRun run) {
        // One pass over the deciding findings, in the order the rules fired: this runs for every question.
        var conditions = new LinkedHashSet<String>();
        var reasons = new LinkedHashSet<String>();
        var cited = new LinkedHashSet<Provision>();
        for (Conclusion c : deciding) {
            conditions.addAll(c.finding().conditions());
            reasons.add(c.finding().reason());
            if (!c.rule().provision().isEmpty()) {
                cited.add(provisionOrFail(c.rule().provision()));
            }
        }
        String text = lead(verdict, List.copyOf(conditions)) + String.join(" ", reasons);
        return new Answer(question, kind, verdict, text.strip(), List.copyOf(conditions), List.copyOf(cited),
                run.fired());
    }

    private Provision provisionOrFail(String id) {
        Provision provision = provisions.get(id);
        if (provision == null) {
            // The knowledge base's own tests make this impossible for the shipped rules; a custom KB gets told plainly.
            throw new IllegalStateException("A rule cites " + id + ", which is not a provision of any loaded instrument");
        }
        return provision;
    }

    /** The verdict in words, as officials expect an answer to begin. */
    static String lead(Verdict verdict, List<String> conditions) {
        if (verdict == null) {
            return "";
        }
        return switch (verdict) {
            case FORBIDDEN -> "No. ";
            case CONDITIONAL -> "Only if " + joinAsList(conditions) + ". ";
            case REQUIRED -> "Yes, it is required. ";
            case NOT_REQUIRED -> "It is not required. ";
            case PERMITTED -> "Yes. ";
            case NOT_ADDRESSED -> "";
        };
    }

    static String joinAsList(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join("; ", items.subList(0, items.size() - 1)) + "; and " + items.get(items.size() - 1);
    }
}
