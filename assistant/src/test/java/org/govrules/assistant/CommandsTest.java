package org.govrules.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.govrules.Verdict;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands every channel shares, as a transport calls them. */
class CommandsTest {

    @TempDir
    Path dir;

    private Store store;
    private Commands commands;

    @BeforeEach
    void open() {
        store = Store.open("jdbc:h2:file:" + dir.resolve("db"));
        commands = new Commands(Assistant.open(AssistantContract.RULES, store, AssistantContract.clockAt("2026-03-02")),
                List.of(7, 1));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private Reply send(String text) {
        return commands.handle(new Request("test", "chat-1", false, text));
    }

    @Test
    void naming_a_body_after_which_body_do_you_mean_answers_the_pending_question() {
        Reply question = send("How are decisions made?");
        assertThat(question.text()).contains("several bodies");
        Reply answer = send("the ADMM");
        assertThat(answer.answer().body()).isEqualTo("admm-border");
        assertThat(answer.text()).contains("consensus");
        assertThat(answer.provisions()).extracting(org.govrules.Provision::id).contains("admm-border-2019:5d");
    }

    @Test
    void a_pending_question_belongs_to_its_own_conversation() {
        send("How are decisions made?");
        Reply elsewhere = commands.handle(new Request("test", "chat-2", false, "the ADMM"));
        assertThat(elsewhere.text()).doesNotContain("consensus");
        Reply newQuestion = send("Who chairs the annual WG on AS meeting?");
        assertThat(newQuestion.text()).contains("Voluntary Lead Shepherd");
        assertThat(send("the ADMM").text()).doesNotContain("consensus");
    }

    private Reply sendAsAdmin(String text) {
        return commands.handle(new Request("test", "chat-1", true, text));
    }

    @Test
    void a_plain_message_is_a_question() {
        Reply reply = send("Can a Resource Panel member be admitted if 9 of 10 member states agree?");
        assertThat(reply.kind()).isEqualTo(Reply.Kind.ANSWER);
        assertThat(reply.answer().verdict()).isEqualTo(Verdict.FORBIDDEN);
        assertThat(reply.provisions()).extracting(p -> p.id()).containsExactly("wg-as-tor:7");
        assertThat(send("/ask Who chairs the annual WG on AS meeting?").text()).contains("Voluntary Lead Shepherd");
    }

    @Test
    void a_question_beginning_with_a_command_word_is_a_question() {
        Reply deadlines = send("Deadlines for comments on the draft summary record?");
        assertThat(deadlines.kind()).isEqualTo(Reply.Kind.ANSWER);
        assertThat(deadlines.text()).contains("one week");
        assertThat(send("Help me: can INTERPOL attend our next WG on AS meeting?").answer().verdict())
                .isEqualTo(Verdict.CONDITIONAL);
        assertThat(send("Provision of funding by a Dialogue Partner: must Viet Nam still pay for its WG on AS"
                + " delegates?").kind()).isEqualTo(Reply.Kind.ANSWER);
        assertThat(send("/deadlines for comments").kind()).as("with the slash it is the command")
                .isEqualTo(Reply.Kind.REFUSED);
        assertThat(send("deadlines wg-as").kind()).isEqualTo(Reply.Kind.DEADLINES);
        assertThat(send("help").kind()).isEqualTo(Reply.Kind.HELP);
    }

    @Test
    void subscribe_unsubscribe_and_deadlines() {
        assertThat(send("/subscribe wg-as").kind()).isEqualTo(Reply.Kind.SUBSCRIBED);
        assertThat(store.subscriptions().all()).singleElement()
                .satisfies(s -> assertThat(s.daysBefore()).containsExactly(7, 1));
        assertThat(send("subscribe wg-as 3").text()).contains("3 day(s)");
        assertThat(store.subscriptions().all()).singleElement()
                .satisfies(s -> assertThat(s.daysBefore()).containsExactly(3));
        assertThat(send("deadlines").deadlines()).extracting(d -> d.key()).contains("annual-meeting:2026");
        assertThat(send("/unsubscribe").kind()).isEqualTo(Reply.Kind.UNSUBSCRIBED);
        assertThat(store.subscriptions().all()).isEmpty();
        assertThat(send("subscribe wg-xx").kind()).isEqualTo(Reply.Kind.REFUSED);
    }

    @Test
    void greetings_thanks_and_what_can_you_do_are_answered_as_a_person_would_and_questions_are_still_questions() {
        for (String hello : List.of("Hello", "hi there!", "Good morning", "Dear colleagues,")) {
            assertThat(send(hello).text()).as(hello).startsWith("Hello.").contains("Bodies:");
        }
        for (String thanks : List.of("thanks", "Thank you very much!", "ok thanks", "Many thanks for your help 🙏")) {
            assertThat(send(thanks).text()).as(thanks).startsWith("You are welcome");
        }
        assertThat(send("What can you do?").text()).contains("I answer questions").contains("deadlines [body]");
        assertThat(send("Hello, can INTERPOL attend our next meeting?").kind()).isEqualTo(Reply.Kind.ANSWER);
        assertThat(send("Thanks. Who is the Voluntary Lead Shepherd?").kind()).isEqualTo(Reply.Kind.ANSWER);
    }

    @Test
    void telegram_shows_commands_with_their_slash_and_start_introduces_the_bot() {
        Reply start = commands.handle(new Request("telegram", "1", false, "/start"));
        assertThat(start.text()).startsWith("Hello. I answer questions").contains("\n/deadlines [body]")
                .contains("\n/subscribe BODY");
        assertThat(send("help").text()).contains("\ndeadlines [body]").doesNotContain("/deadlines");
    }

    @Test
    void days_before_a_deadline_are_refused_when_too_many_or_out_of_range_and_nothing_is_subscribed() {
        Reply many = send("/subscribe wg-as " + "1,".repeat(39) + "1");
        assertThat(many.kind()).isEqualTo(Reply.Kind.SUBSCRIBED).as("repeats collapse to one day");
        assertThat(send("/subscribe wg-as " + java.util.stream.IntStream.range(0, 40).mapToObj(String::valueOf)
                .collect(java.util.stream.Collectors.joining(","))).text()).contains("at most 10 different numbers");
        Reply negative = send("subscribe wg-as -5,100000");
        assertThat(negative.kind()).isEqualTo(Reply.Kind.REFUSED);
        assertThat(negative.text()).contains("from 0 to 365");
        assertThat(store.subscriptions().all()).singleElement()
                .satisfies(s -> assertThat(s.daysBefore()).containsExactly(1));
    }

    @Test
    void only_admins_record_and_refusals_explain() {
        assertThat(send("/record meeting-scheduled meeting=M1 date=2026-05-01").kind()).isEqualTo(Reply.Kind.REFUSED);
        assertThat(store.ledger().events("wg-as").events()).isEmpty();
        Reply recorded = sendAsAdmin("/record meeting-scheduled meeting=M1 date=2026-05-01 host=Viet Nam");
        assertThat(recorded.kind()).isEqualTo(Reply.Kind.RECORDED);
        assertThat(recorded.text()).contains("host=VN");
        Reply refused = sendAsAdmin("/record comment-received meeting=M1 from=KH");
        assertThat(refused.kind()).isEqualTo(Reply.Kind.REFUSED);
        assertThat(refused.text()).contains("has not been transmitted");
        Reply twice = sendAsAdmin("/record meeting-scheduled meeting=NOPE meeting=M2 date=2026-05-01");
        assertThat(twice.kind()).isEqualTo(Reply.Kind.REFUSED);
        assertThat(twice.text()).contains("'meeting=' is given twice");
        assertThat(store.ledger().events("wg-as").events()).hasSize(1);
    }

    @Test
    void provision_help_and_hostile_input() {
        assertThat(send("/provision wg-as-tor:10").text()).contains("within one week");
        assertThat(send("/provision wg-as-tor:99").kind()).isEqualTo(Reply.Kind.REFUSED);
        assertThat(send("/help").text()).contains("subscribe BODY");
        assertThat(send("/bodies").text()).contains("wg-as: ASEAN (SOMTC) Working Group on Arms Smuggling");
        assertThat(send("   ").kind()).isEqualTo(Reply.Kind.HELP);
        assertThat(send("x".repeat(5000)).kind()).isEqualTo(Reply.Kind.REFUSED);
        assertThat(send("<b>Can INTERPOL</b> attend & \u05E9\u05DC\u05D5\u05DD? \uD83D\uDE00").answer().verdict())
                .isEqualTo(Verdict.CONDITIONAL);
    }

    @Test
    void remind_days_come_from_the_environment_or_default_to_7_and_1() {
        assertThat(Assistant.remindDays(null)).containsExactly(7, 1);
        assertThat(Assistant.remindDays(" 14, 3 ,0")).containsExactly(14, 3, 0);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Assistant.remindDays("7,x"))
                .hasMessageContaining("GOVRULES_REMIND_DAYS='7,x'");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Assistant.remindDays("-1"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
