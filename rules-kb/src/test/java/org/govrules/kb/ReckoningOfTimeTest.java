package org.govrules.kb;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.govrules.Answer;
import org.govrules.AskContext;
import org.govrules.Question;
import org.govrules.QuestionKind;
import org.govrules.Verdict;
import org.junit.jupiter.api.Test;

/** Answers depend on the date asked and on dates stated: the time examples, structured and in words. */
class ReckoningOfTimeTest {

    private static Answer ask(String text, String asOf) {
        return TestRulebook.RULES.ask(text, new AskContext(Optional.of("wg-as"), Optional.of(LocalDate.parse(asOf))));
    }

    @Test
    void comments_on_a_record_transmitted_on_2_march_close_on_9_march() {
        Answer answer = TestRulebook.RULES.ask(Question.of("wg-as", "summary-record-comments", QuestionKind.INFORMATION,
                LocalDate.parse("2026-03-03")).withFact("transmitted-on", "2026-03-02"));
        assertThat(answer.text()).contains("close at the end of 2026-03-09 (Asia/Jakarta time)");
        assertThat(answer.provisions()).extracting(p -> p.id()).containsExactly("wg-as-tor:10");
    }

    @Test
    void a_comment_on_the_tenth_is_late_and_the_record_stands_approved() {
        Answer answer = TestRulebook.RULES.ask(Question.of("wg-as", "summary-record-comments", QuestionKind.INFORMATION,
                LocalDate.parse("2026-03-12")).withFact("transmitted-on", "2026-03-02")
                .withFact("comment-received-on", "2026-03-10"));
        assertThat(answer.text()).contains("is late").contains("stands approved");
    }

    @Test
    void a_comment_on_the_ninth_is_in_time() {
        Answer answer = TestRulebook.RULES.ask(Question.of("wg-as", "summary-record-comments", QuestionKind.PERMISSION,
                LocalDate.parse("2026-03-12")).withFact("transmitted-on", "2026-03-02")
                .withFact("comment-received-on", "2026-03-09"));
        assertThat(answer.verdict()).isEqualTo(Verdict.PERMITTED);
    }

    @Test
    void comments_are_open_on_the_last_day_and_closed_the_day_after() {
        String q = "Can we still comment on the draft summary record transmitted on 2026-03-02?";
        assertThat(ask(q, "2026-03-09").verdict()).isEqualTo(Verdict.PERMITTED);
        assertThat(ask(q, "2026-03-10").verdict()).isEqualTo(Verdict.FORBIDDEN);
        assertThat(ask(q, "2026-03-10").conditions()).containsExactly("the comment is received by the end of 2026-03-09");
    }

    @Test
    void unanimity_counts_ten_member_states_before_timor_leste_joined_and_eleven_after() {
        String q = "Who are the members of the WG on AS?";
        assertThat(ask(q, "2025-10-01").text()).contains("10 as of 2025-10-01").doesNotContain("Timor-Leste");
        assertThat(ask(q, "2026-01-01").text()).contains("11 as of 2026-01-01").contains("Timor-Leste");

        String rp = "Can INTERPOL attend if 10 of 10 member states agree?";
        assertThat(ask(rp, "2025-10-01").conditions()).noneMatch(c -> c.contains("agree"));
        assertThat(ask(rp, "2026-01-01").verdict()).isEqualTo(Verdict.FORBIDDEN);
        assertThat(ask(rp, "2026-01-01").conditions()).containsExactly(
                "the agreement of all 11 ASEAN Member States (10 have agreed)");
    }

    @Test
    void timor_leste_is_a_member_from_26_october_2025() {
        String q = "Is Timor-Leste a member of the WG on AS?";
        assertThat(ask(q, "2025-10-25").text()).startsWith("No.");
        assertThat(ask(q, "2025-10-26").text()).startsWith("Yes.");
    }

    @Test
    void today_is_today_in_jakarta_not_in_utc() {
        // 20:00 UTC on the 23rd is already 03:00 on the 24th in Jakarta (UTC+7): the body's day, not the server's.
        var evening = org.govrules.Rulebook.load(ReckoningOfTimeTest.class.getClassLoader(),
                java.time.Clock.fixed(java.time.Instant.parse("2026-11-23T20:00:00Z"), java.time.ZoneOffset.UTC));
        assertThat(evening.today("wg-as")).isEqualTo(LocalDate.parse("2026-11-24"));
    }
}
