package org.govrules.kb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.govrules.Answer;
import org.govrules.AskContext;
import org.govrules.FiredRule;
import org.govrules.Provision;
import org.govrules.QuestionKind;
import org.govrules.UnknownBodyException;
import org.govrules.Verdict;
import org.junit.jupiter.api.Test;

/** The rulebook as an embedding system uses it: the README's examples, bad input, and many threads at once. */
class AskingTest {

    @Test
    void the_spec_example_is_forbidden_by_paragraph_7() {
        Answer answer = TestRulebook.RULES.ask("Can a Resource Panel member be admitted if 9 of 10 member states agree?");
        assertThat(answer.body()).isEqualTo("wg-as");
        assertThat(answer.kind()).isEqualTo(QuestionKind.PERMISSION);
        assertThat(answer.verdict()).isEqualTo(Verdict.FORBIDDEN);
        assertThat(answer.text()).startsWith("No. Resource Panel status must be agreed to by all the ASEAN Member States");
        assertThat(answer.provisions()).extracting(Provision::id).containsExactly("wg-as-tor:7");
        assertThat(answer.provisions().get(0).text()).endsWith("must be agreed to by all the ASEAN Member States.");
        assertThat(answer.rules()).extracting(FiredRule::name).contains("wg-as-tor:7 resource panel needs every member state");
    }

    @Test
    void the_voluntary_lead_shepherd_chairs_the_annual_meeting() {
        Answer answer = TestRulebook.RULES.ask("Who chairs the annual WG on AS meeting?");
        assertThat(answer.kind()).isEqualTo(QuestionKind.INFORMATION);
        assertThat(answer.verdict()).isNull();
        assertThat(answer.text()).contains("Voluntary Lead Shepherd");
        assertThat(answer.provisions()).extracting(Provision::id).containsExactly("wg-as-tor:5");
    }

    @Test
    void an_empty_question_says_so() {
        Answer answer = TestRulebook.RULES.ask("   ");
        assertThat(answer.verdict()).isEqualTo(Verdict.NOT_ADDRESSED);
        assertThat(answer.text()).contains("The question is empty");
    }

    @Test
    void a_message_of_many_questions_answers_the_first_five_and_says_so() {
        Answer answer = TestRulebook.RULES.ask("Can INTERPOL attend the WG on AS meeting? ".repeat(40));
        assertThat(answer.parts()).hasSize(5);
        assertThat(answer.text()).endsWith("The message asks 40 questions; the first 5 are answered. Ask the others"
                + " separately.");
        assertThat(answer.verdict()).isEqualTo(Verdict.CONDITIONAL);
    }

    @Test
    void a_100_kb_question_is_refused_with_its_length() {
        Answer answer = TestRulebook.RULES.ask("Can INTERPOL attend? ".repeat(5000));
        assertThat(answer.verdict()).isEqualTo(Verdict.NOT_ADDRESSED);
        assertThat(answer.text()).contains("105000 characters");
        assertThat(answer.question().text()).hasSizeLessThan(300);
    }

    @Test
    void binary_garbage_is_not_understood_and_shows_examples() {
        var random = new java.util.Random(7);
        var bytes = new byte[2000];
        random.nextBytes(bytes);
        Answer answer = TestRulebook.RULES.ask(new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1));
        assertThat(answer.verdict()).isEqualTo(Verdict.NOT_ADDRESSED);
        assertThat(answer.text()).contains("You can ask, for example");
        assertThat(answer.provisions()).isEmpty();
    }

    @Test
    void an_unknown_body_is_refused_with_the_known_ones() {
        assertThatThrownBy(() -> TestRulebook.RULES.ask("Who chairs?", AskContext.defaults().forBody("wg-xx")))
                .isInstanceOf(UnknownBodyException.class)
                .hasMessageContaining("wg-xx").hasMessageContaining("wg-as");
    }

    @Test
    void an_impossible_date_in_a_question_is_reported_not_dropped() {
        Answer answer = TestRulebook.RULES.ask("When do comments close on a summary record transmitted on 2026-13-45?");
        assertThat(answer.verdict()).isEqualTo(Verdict.NOT_ADDRESSED);
        assertThat(answer.text()).contains("'2026-13-45' is not a valid date");
    }

    @Test
    void markup_and_right_to_left_text_do_not_break_the_parser() {
        Answer answer = TestRulebook.RULES.ask("<b>Can INTERPOL</b> attend & \u05E9\u05DC\u05D5\u05DD our meeting? \uD83D\uDE00");
        assertThat(answer.verdict()).isEqualTo(Verdict.CONDITIONAL);
    }

    @Test
    void questions_asked_from_many_threads_get_the_same_answers() throws Exception {
        List<String> questions = List.of("Can INTERPOL attend our next meeting?", "Who chairs the annual meeting?",
                "Can the ToR be amended by majority vote?", "Must Viet Nam pay for its delegates' travel?");
        var expected = questions.stream().map(q -> TestRulebook.RULES.ask(q)).toList();
        var pool = Executors.newFixedThreadPool(8);
        try {
            var futures = new ArrayList<Future<Boolean>>();
            for (int i = 0; i < 400; i++) {
                int n = i % questions.size();
                Callable<Boolean> task = () -> TestRulebook.RULES.ask(questions.get(n)).equals(expected.get(n));
                futures.add(pool.submit(task));
            }
            for (var f : futures) {
                assertThat(f.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
