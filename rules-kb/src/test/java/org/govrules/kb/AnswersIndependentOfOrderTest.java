package org.govrules.kb;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.govrules.Answer;
import org.govrules.AskContext;
import org.govrules.Rulebook;
import org.govrules.review.Scenario;
import org.govrules.Verdict;
import org.junit.jupiter.api.Test;

/**
 * An answer depends on the question and the knowledge base, never on what was asked before it. (A negated pattern on
 * a boolean method once missed in a fresh rule base and fired after other questions.)
 */
class AnswersIndependentOfOrderTest {

    private static Rulebook fresh() {
        return Rulebook.load(AnswersIndependentOfOrderTest.class.getClassLoader(), TestRulebook.CLOCK);
    }

    @Test
    void the_first_question_a_fresh_rule_base_is_asked_is_answered_as_any_later_one() {
        Answer first = fresh().ask("Can the WG on AS discuss a draft ASEAN Convention against Arms Smuggling?");
        assertThat(first.verdict()).isEqualTo(Verdict.PERMITTED);
    }

    @Test
    void every_scenario_gets_the_same_answer_asked_forwards_backwards_and_shuffled() {
        var rows = new ArrayList<>(TestRulebook.RULES.review().scenarios());
        Map<String, String> forwards = answers(fresh(), rows);
        Collections.reverse(rows);
        Map<String, String> backwards = answers(fresh(), rows);
        // Each topic's rule base is built when first asked: every order gives each a different first question.
        Collections.shuffle(rows, new java.util.Random(20261126));
        Map<String, String> shuffled = answers(fresh(), rows);
        assertThat(backwards).isEqualTo(forwards);
        assertThat(shuffled).isEqualTo(forwards);
    }

    private static Map<String, String> answers(Rulebook rules, Iterable<Scenario> rows) {
        var answers = new LinkedHashMap<String, String>();
        for (Scenario row : rows) {
            Answer answer = rules.ask(row.question(), new AskContext(Optional.empty(), row.asOf()));
            answers.put(row.source(), answer.verdict() + " " + answer.text());
        }
        return new java.util.TreeMap<>(answers);
    }
}
