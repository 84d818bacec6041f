package org.govrules.kb;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.govrules.Answer;
import org.govrules.AskContext;
import org.govrules.Provision;
import org.govrules.QuestionKind;
import org.govrules.Scenario;
import org.govrules.Verdict;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every row of the knowledge base's scenario tables ({@code govrules/scenarios/*.md}): the phrasing set, with
 * the verdict, provision and words each answer must have.
 */
class ScenariosTest {

    private static final List<Scenario> ROWS = TestRulebook.RULES.scenarios();

    @TestFactory
    Stream<DynamicTest> each_question_gets_the_expected_verdict_and_citation() {
        return ROWS.stream().map(row -> DynamicTest.dynamicTest(row.toString(), () -> check(row)));
    }

    static void check(Scenario row) {
        Answer answer = TestRulebook.RULES.ask(row.question(), new AskContext(Optional.empty(), row.asOf()));
        String shown = answer.verdict() + " / " + answer.kind() + ": " + answer.text() + " " + answer.rules();
        if (row.isInformation()) {
            assertThat(answer.kind()).as(shown).isEqualTo(QuestionKind.INFORMATION);
            assertThat(answer.verdict()).as(shown).isNull();
        } else {
            assertThat(answer.verdict()).as(shown).isEqualTo(Verdict.valueOf(row.verdict()));
        }
        if (!row.provision().isEmpty()) {
            assertThat(answer.provisions()).as(shown).extracting(Provision::id).contains(row.provision());
        }
        if (!row.mentions().isEmpty()) {
            assertThat(answer.text()).as(shown).containsIgnoringCase(row.mentions());
        }
        if (answer.verdict() == Verdict.FORBIDDEN || answer.verdict() == Verdict.CONDITIONAL) {
            assertThat(answer.conditions()).as("what is missing or must hold: " + shown).isNotEmpty();
        }
        if (answer.verdict() != Verdict.NOT_ADDRESSED) {
            assertThat(answer.provisions()).as("every answer but NOT_ADDRESSED cites: " + shown).isNotEmpty();
        }
    }

    @Test
    void the_phrasing_set_has_at_least_300_questions_covering_every_body() {
        assertThat(ROWS).hasSizeGreaterThanOrEqualTo(300);
        assertThat(ROWS).extracting(r -> r.source().substring(0, r.source().indexOf(':')))
                .contains("wg-as.md", "admm-border.md", "bali-process.md", "msg-npc-network.md");
    }
}
