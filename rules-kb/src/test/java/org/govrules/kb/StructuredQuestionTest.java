package org.govrules.kb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.govrules.InvalidQuestionException;
import org.govrules.Question;
import org.govrules.QuestionKind;
import org.govrules.TopicSpec;
import org.govrules.Verdict;
import org.junit.jupiter.api.Test;

/** A structured question is checked against what the body's rules read: refused by name, never answered wrongly. */
class StructuredQuestionTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 3);

    @Test
    void each_body_lists_its_topics_and_the_facts_each_reads() {
        var topics = TestRulebook.RULES.topics("wg-as");
        assertThat(topics).extracting(TopicSpec::id).contains("attend-meeting", "summary-record-comments");
        var comments = topics.stream().filter(t -> t.id().equals("summary-record-comments")).findFirst().orElseThrow();
        assertThat(comments.facts()).contains(new TopicSpec.FactSpec("transmitted-on", "date", java.util.List.of()));
        var attend = topics.stream().filter(t -> t.id().equals("attend-meeting")).findFirst().orElseThrow();
        assertThat(attend.facts()).anySatisfy(f -> {
            assertThat(f.name()).isEqualTo("in-writing");
            assertThat(f.values()).containsExactly("no", "yes");
        });
    }

    @Test
    void a_well_formed_question_is_answered() {
        var answer = TestRulebook.RULES.ask(Question.of("wg-as", "summary-record-comments", QuestionKind.INFORMATION, DAY)
                .withFact("transmitted-on", "2026-03-02"));
        assertThat(answer.text()).contains("2026-03-09");
    }

    @Test
    void an_unknown_topic_is_refused_with_the_topics_there_are() {
        assertThatThrownBy(() -> TestRulebook.RULES.ask(Question.of("wg-as", "atend-meeting", QuestionKind.PERMISSION,
                DAY))).isInstanceOf(InvalidQuestionException.class).hasMessageContaining("no topic 'atend-meeting'")
                .hasMessageContaining("attend-meeting");
    }

    @Test
    void a_fact_no_rule_of_the_topic_reads_is_refused() {
        assertThatThrownBy(() -> TestRulebook.RULES.ask(Question.of("wg-as", "summary-record-comments",
                QuestionKind.INFORMATION, DAY).withFact("transmited-on", "2026-03-02")))
                .isInstanceOf(InvalidQuestionException.class).hasMessageContaining("'transmited-on'");
    }

    @Test
    void a_malformed_value_is_refused_instead_of_failing_inside_the_rules() {
        assertThatThrownBy(() -> TestRulebook.RULES.ask(Question.of("wg-as", "summary-record-comments",
                QuestionKind.INFORMATION, DAY).withFact("transmitted-on", "2 March 2026")))
                .isInstanceOf(InvalidQuestionException.class).hasMessageContaining("takes a date (YYYY-MM-DD)");
        assertThatThrownBy(() -> TestRulebook.RULES.ask(Question.of("wg-as", "attend-meeting", QuestionKind.PERMISSION,
                DAY).withFact("in-writing", "maybe"))).hasMessageContaining("takes one of no, yes");
    }

    @Test
    void a_question_without_facts_still_gets_its_verdict() {
        var answer = TestRulebook.RULES.ask(Question.of("wg-as", "amend-tor", QuestionKind.PERMISSION, DAY)
                .withFact("decision", "majority"));
        assertThat(answer.verdict()).isEqualTo(Verdict.FORBIDDEN);
    }
}
