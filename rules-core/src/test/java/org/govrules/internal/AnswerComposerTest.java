package org.govrules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.govrules.Answer;
import org.govrules.FiredRule;
import org.govrules.Provision;
import org.govrules.Question;
import org.govrules.QuestionKind;
import org.govrules.Verdict;
import org.govrules.rules.Finding;
import org.junit.jupiter.api.Test;

class AnswerComposerTest {

    private final AnswerComposer composer = new AnswerComposer(Map.of(
            "x:1", new Provision("x:1", "x", "", "One."),
            "x:2", new Provision("x:2", "x", "", "Two.")), Map.of());
    private final Question permission = Question.of("b", "t", QuestionKind.PERMISSION, LocalDate.parse("2026-01-01"));

    private static Conclusion from(String provision, Finding finding) {
        return new Conclusion(finding, new FiredRule(provision + " rule", provision, org.govrules.Strength.BINDING));
    }

    @Test
    void a_failed_condition_outweighs_open_conditions_and_permissions() {
        var run = new RuleRun(List.of(
                from("x:1", Finding.permitted("in writing")),
                from("x:1", Finding.conditional("the Chair invites", "Invitation needed.")),
                from("x:2", Finding.forbidden("Cambodia objects.", "every member agrees"))), List.of());
        Answer answer = composer.compose(permission, run);
        assertThat(answer.verdict()).isEqualTo(Verdict.FORBIDDEN);
        assertThat(answer.text()).isEqualTo("No. Cambodia objects.");
        assertThat(answer.conditions()).containsExactly("every member agrees");
        assertThat(answer.provisions()).extracting(Provision::id).containsExactly("x:2");
    }

    @Test
    void open_conditions_are_listed_in_the_lead() {
        var run = new RuleRun(List.of(
                from("x:1", Finding.conditional("a", "Because A.")),
                from("x:2", Finding.conditional("b", "Because B."))), List.of());
        Answer answer = composer.compose(permission, run);
        assertThat(answer.verdict()).isEqualTo(Verdict.CONDITIONAL);
        assertThat(answer.text()).isEqualTo("Only if a; and b. Because A. Because B.");
        assertThat(answer.provisions()).extracting(Provision::id).containsExactly("x:1", "x:2");
    }

    @Test
    void an_information_question_gets_the_information_findings() {
        var info = Question.of("b", "t", QuestionKind.INFORMATION, LocalDate.parse("2026-01-01"));
        var run = new RuleRun(List.of(
                from("x:1", Finding.information("It meets annually.")),
                from("x:1", Finding.required("It shall meet annually."))), List.of());
        Answer answer = composer.compose(info, run);
        assertThat(answer.kind()).isEqualTo(QuestionKind.INFORMATION);
        assertThat(answer.verdict()).isNull();
        assertThat(answer.text()).isEqualTo("It meets annually.");
    }

    @Test
    void nothing_found_is_not_addressed_and_cites_nothing() {
        var run = new RuleRun(List.of(new Conclusion(Finding.notAddressed("Nothing on this."),
                new FiredRule("fallback", "", null))), List.of());
        Answer answer = composer.compose(permission, run);
        assertThat(answer.verdict()).isEqualTo(Verdict.NOT_ADDRESSED);
        assertThat(answer.provisions()).isEmpty();
    }
}
