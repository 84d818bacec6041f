package org.govrules.kb;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.govrules.Answer;
import org.govrules.AskContext;
import org.govrules.Provision;
import org.govrules.QuestionKind;
import org.govrules.Reading;
import org.govrules.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Questions as officials write them: facts first and the question last, premises that defeat a condition, dates in
 * the sentence, bodies the knowledge base does not hold, matters the texts are silent on, questions about what the
 * texts record, and readings that agree.
 */
class UnderstandingTest {

    private static Answer ask(String question) {
        return TestRulebook.RULES.ask(question);
    }

    private static Answer ask(String question, String asOf) {
        return TestRulebook.RULES.ask(question, new AskContext(Optional.empty(), Optional.of(LocalDate.parse(asOf))));
    }

    private static java.util.List<String> cited(Answer answer) {
        return answer.provisions().stream().map(Provision::id).toList();
    }

    @Test
    void word_order_does_not_change_the_verdict() {
        Answer before = ask("If Cambodia objects, can INTERPOL still attend the WG on AS meeting?");
        Answer after = ask("Can INTERPOL attend the WG on AS meeting if Cambodia objects?");
        assertThat(before.verdict()).isEqualTo(Verdict.FORBIDDEN).isEqualTo(after.verdict());
        assertThat(cited(before)).containsExactly("wg-as-tor:7");
        assertThat(before.text()).contains("Cambodia");
    }

    @Test
    void asking_whether_a_condition_is_required_is_answered_yes_naming_it_and_an_obligation_question_is_not_one() {
        Answer unanimity = ask("Is unanimity of the ASEAN Member States required to admit someone to the WG on AS"
                + " Resource Panel?");
        assertThat(unanimity.verdict()).isEqualTo(org.govrules.Verdict.REQUIRED);
        assertThat(unanimity.text()).startsWith("Yes, it is required: all 11 ASEAN Member States agree");
        assertThat(cited(unanimity)).contains("wg-as-tor:7");
        Answer writing = ask("Is a written request needed for INTERPOL to attend the WG on AS meeting?");
        assertThat(writing.verdict()).isEqualTo(org.govrules.Verdict.REQUIRED);
        assertThat(writing.text()).contains("in writing");
        // A party, not a condition: who must do it.
        assertThat(ask("Is a Dialogue Partner required to fund WG on AS meetings?").text())
                .doesNotStartWith("Yes, it is required:");
        // Whose agreement: the Secretariat's is not the member states' the text requires.
        assertThat(ask("Is ASEAN Secretariat agreement needed before a Resource Panel member is admitted?").verdict())
                .isNotEqualTo(Verdict.REQUIRED);
    }

    @Test
    void a_detail_the_texts_do_not_give_is_said_to_be_unaddressed_before_what_they_do_say() {
        Answer month = ask("In which month of the year must the annual WG on AS meeting be held?");
        assertThat(month.text()).startsWith("The Terms of Reference do not address the month or date asked for."
                + " What they say: ").contains("annually");
        assertThat(cited(month)).contains("wg-as-tor:5");
        Answer chosen = ask("How is the Voluntary Lead Shepherd chosen?");
        assertThat(chosen.text()).startsWith("The Terms of Reference do not address how it is chosen or decided.");
        // Where the texts give the detail, the answer is the detail.
        assertThat(ask("When do comments on the draft summary record close?").text()).doesNotContain("do not address")
                .contains("one week");
        assertThat(ask("How often does the WG on AS meet?").text()).doesNotContain("do not address");
    }

    @Test
    void a_may_we_question_that_the_stated_scope_says_nearly_word_for_word_is_permitted_quoting_it() {
        Answer training = ask("Can the WG on AS organise regional training programmes and regular conferences for"
                + " AMS officers?");
        assertThat(training.verdict()).isEqualTo(Verdict.PERMITTED);
        assertThat(cited(training)).containsExactly("wg-as-tor:4c");
        assertThat(training.text()).contains("regional training programmes");
        // Not for an outsider the provision does not speak of, nor for a question that restricts.
        assertThat(ask("Can INTERPOL observe the Bali Process senior officials' meeting?").verdict())
                .isEqualTo(Verdict.NOT_ADDRESSED);
        assertThat(ask("Can the WG on AS organise regional training programmes without the ASEAN Secretariat?")
                .verdict()).isNotEqualTo(Verdict.PERMITTED);
    }

    @Test
    void matters_the_texts_are_all_silent_on_are_named_together_not_asked_back() {
        Answer answer = ask("Can one AMS delegation cast a proxy vote for another AMS absent from the WGAS meeting?");
        assertThat(answer.verdict()).isEqualTo(Verdict.NOT_ADDRESSED);
        assertThat(answer.text()).contains("do not address").doesNotContain("more than one thing");
        assertThat(ask("Can journalists cover the opening session of the WG on AS meeting?").text())
                .contains("do not address confidentiality or publication");
    }

    @Test
    void a_polite_preamble_before_a_colon_keeps_the_verdict() {
        Answer answer = ask("Please, dear colleagues, tell me: Can INTERPOL attend?");
        assertThat(answer.kind()).isEqualTo(QuestionKind.PERMISSION);
        assertThat(answer.verdict()).isEqualTo(org.govrules.Verdict.CONDITIONAL);
        assertThat(cited(answer)).contains("wg-as-tor:7");
    }

    @Test
    void the_question_sentence_decides_what_is_asked_and_the_others_state_the_facts() {
        Answer answer = ask("Japan has asked to become a full member of the WG on AS. Can it?");
        assertThat(answer.kind()).isEqualTo(QuestionKind.PERMISSION);
        assertThat(answer.verdict()).isEqualTo(Verdict.FORBIDDEN);
        assertThat(cited(answer)).contains("wg-as-tor:6");
    }

    @Test
    void a_premise_that_defeats_a_condition_is_forbidden_not_conditional() {
        Answer phoned = ask("Conflict Armament Research phoned the Chair's office asking to be on the WG on AS Resource"
                + " Panel; they have sent nothing in writing. Can their request be accepted as it stands?");
        assertThat(phoned.verdict()).isEqualTo(Verdict.FORBIDDEN);
        assertThat(phoned.conditions()).anyMatch(c -> c.contains("in writing"));

        Answer junior = ask("Laos wants a junior desk officer to lead its delegation to the arms smuggling working group"
                + " this year. Is that OK under the ToR?");
        assertThat(junior.verdict()).isEqualTo(Verdict.FORBIDDEN);
        assertThat(cited(junior)).containsExactly("wg-as-tor:6");

        Answer skipping = ask("Can the updates on border management activities go straight to the ASEAN Defence"
                + " Ministers' Meeting, skipping ADSOM?");
        assertThat(skipping.verdict()).isEqualTo(Verdict.FORBIDDEN);
        assertThat(cited(skipping)).containsExactly("admm-border-2019:10");

        Answer notPartner = ask("UNODC, which is not an ASEAN Dialogue Partner, has offered to pay for Lao PDR's"
                + " delegation to the WG on AS meeting. Does Lao PDR still have to pay its own way?");
        assertThat(notPartner.verdict()).isEqualTo(Verdict.REQUIRED);
    }

    @Test
    void a_role_holder_the_question_states_stands_for_that_question() {
        Answer other = ask("2026 WG on AS meeting will be hosted by Malaysia but the SOMTC VLS for arms smuggling is"
                + " Indonesia. Malaysia as host want its own DG to chair the meeting. Is this OK under the ToR?");
        assertThat(other.verdict()).isEqualTo(Verdict.FORBIDDEN);
        assertThat(other.text()).contains("Indonesia, not Malaysia");
        Answer holder = ask("Cambodia is the VLS this year. Can Cambodia chair the annual WG on AS meeting?");
        assertThat(holder.verdict()).as("may it? yes; the reasons say it must").isEqualTo(Verdict.PERMITTED);
        assertThat(holder.text()).contains("shall chair");
        assertThat(ask("Can Thailand chair the annual WG on AS meeting?").verdict())
                .as("'chair' after a state is what it does").isEqualTo(Verdict.CONDITIONAL);
    }

    @Test
    void what_the_texts_provide_for_without_obliging_is_permitted_when_asked_may_and_not_required_when_asked_must() {
        assertThat(ask("Can defence establishments hold exchange visits of working-level personnel under the ADMM"
                + " concept paper?").verdict()).isEqualTo(Verdict.PERMITTED);
        assertThat(ask("Must defence establishments hold exchange visits of working-level personnel under the ADMM"
                + " concept paper?").verdict()).isEqualTo(Verdict.NOT_REQUIRED);
    }

    @Test
    void who_may_head_a_delegation_is_answered_with_the_condition_not_a_requirement() {
        Answer answer = ask("Our DG will be away. Can the deputy DG head our delegation to the WGAS meeting?");
        assertThat(answer.verdict()).isEqualTo(Verdict.CONDITIONAL);
        assertThat(answer.conditions()).anyMatch(c -> c.contains("senior official"));
        assertThat(ask("Must the head of each delegation to the WG on AS be a senior policy official?").verdict())
                .isEqualTo(Verdict.REQUIRED);
    }

    @Test
    void approval_by_silence_is_stated_the_right_way_round() {
        Answer silence = ask("Can the minutes of a WG on AS meeting be approved by silence?");
        assertThat(silence.text()).doesNotContain("Only if the comment is received")
                .contains("no comments are received within one week");
        Answer commented = ask("Is the summary record approved by silence if Thailand sent comments within the week?");
        assertThat(commented.text()).contains("not considered approved");
        assertThat(ask("Does the summary record have to be formally adopted at the next WG on AS meeting?").verdict())
                .isEqualTo(Verdict.NOT_REQUIRED);
    }

    @Test
    void a_date_in_the_question_is_the_date_membership_is_taken_on() {
        Answer before = ask("How many members did the WG on AS have on 1 October 2025?");
        assertThat(before.text()).contains("10 as of 2025-10-01").doesNotContain("Timor");
        Answer after = ask("How many members did the WG on AS have on 1 November 2025?");
        assertThat(after.text()).contains("11 as of 2025-11-01").contains("Timor-Leste");
        Reading reading = TestRulebook.RULES.read("How many members did the WG on AS have on 1 October 2025?",
                AskContext.defaults());
        assertThat(reading.asOf()).isEqualTo(LocalDate.parse("2025-10-01"));
        assertThat(reading.asOfSource()).isEqualTo("question");
    }

    @Test
    void a_month_in_the_question_is_its_first_day_but_never_a_deadline_s_day() {
        assertThat(ask("How many members did the WG on AS have in November 2025?").text()).contains("11 as of 2025-11-01");
        assertThat(ask("How many members did the WG on AS have in Sept 2025?").text()).contains("10 as of 2025-09-01");
        assertThat(ask("The draft summary record was transmitted in March 2026. When do comments close?").text())
                .doesNotContain("2026-03-08").contains("Give the transmission date");
    }

    @Test
    void a_date_given_with_the_question_wins_over_one_in_the_sentence() {
        Answer answer = ask("How many members did the WG on AS have on 1 October 2025?", "2026-01-01");
        assertThat(answer.text()).contains("11 as of 2026-01-01");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Who chairs the SOMTC Working Group on Trafficking in Persons?|somtc working group on trafficking in persons",
        "How does the ASEAN Regional Forum take decisions?|the ASEAN Regional Forum",
        "Does the Arms Trade Treaty require states to submit annual reports by 31 May?|the Arms Trade Treaty itself",
        // A held body's name inside another's, qualified by an acronym the vocabulary does not know.
        "APEC Counter-Terrorism WG - are decisions by consensus?|APEC Counter-Terrorism WG",
        "Can Timor-Leste attend the UN Firearms Protocol working group in Vienna?|UN Firearms Protocol working group",
        "Pls send ToR of Pacific Islands Forum Regional Security Committee, membership?|Pacific Islands Forum Regional",
        "re: ASEANAPOL - what are its rules for admitting new dialogue partners?|ASEANAPOL",
        "ASEANAPOL constitution - how can new member's police join?|ASEANAPOL"})
    void a_body_the_knowledge_base_does_not_hold_is_refused_by_name(String question, String name) {
        Answer answer = ask(question);
        assertThat(answer.verdict()).isEqualTo(Verdict.NOT_ADDRESSED);
        assertThat(answer.text()).contains("does not hold the rules of " + name).contains("WG on AS");
        assertThat(answer.provisions()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "What working language does the WG on AS use?|a working language||",
        "Can the annual WG on AS meeting be held online by videoconference?|meetings held online|wg-as-tor:5",
        "How long is the Chair's term of office in the WG on AS?|term of office|wg-as-tor:5",
        "Can a member state be suspended from the WG on AS for repeatedly failing to attend?|suspending|wg-as-tor:6",
        "Once admitted, can Resource Panel members vote on the WG on AS's recommendations?|may vote|wg-as-tor:7",
        "Who chairs the meetings held under the ADMM border management concept paper?|who chairs|admm-border-2019:8a",
        "How does the Bali Process take decisions - is there a voting rule?|a voting rule|bali-aheg2-2003:framework"})
    void a_silent_matter_is_named_as_silent(String question, String matter, String near) {
        Answer answer = ask(question);
        assertThat(answer.verdict()).isEqualTo(Verdict.NOT_ADDRESSED);
        assertThat(answer.text()).containsPattern("do(es)? not address").contains(matter);
        if (near != null) {
            assertThat(cited(answer)).containsExactly(near);
        }
    }

    @Test
    void a_question_about_what_the_texts_record_is_answered_by_quoting_them() {
        Answer who = ask("Which country originally proposed setting up the arms smuggling working group?");
        assertThat(who.verdict()).isNull();
        assertThat(who.text()).startsWith("wg-as-tor:1 records:").contains("Cambodia tabled a proposal");
        assertThat(cited(who)).containsExactly("wg-as-tor:1");

        Answer where = ask("Where was the Bali Process law enforcement and travel document fraud workshop held?");
        assertThat(where.text()).contains("Shenzhen");
        assertThat(cited(where)).containsExactly("bali-aheg2-2003:law-enforcement-workshop");
    }

    @Test
    void a_rule_s_general_answer_gains_the_passage_the_question_matches_far_better() {
        Answer answer = ask("Who coordinated the Bali Process project on sharing lost and stolen passport information?");
        assertThat(answer.text()).contains("New Zealand, Japan and Australia");
        assertThat(cited(answer)).contains("bali-aheg1-2003:1.3");
    }

    @Test
    void a_question_no_provision_answers_names_the_nearest_provisions() {
        Answer answer = ask("Can INTERPOL observe the Bali Process senior officials' meeting?");
        assertThat(answer.verdict()).isEqualTo(Verdict.NOT_ADDRESSED);
        assertThat(answer.text()).contains("do not address").contains("The nearest provisions:")
                .contains("bali-aheg2-2003:framework");
        assertThat(cited(answer)).contains("bali-aheg2-2003:framework");
    }

    @Test
    void a_quoted_sentence_that_introduces_a_list_brings_the_list() {
        Answer answer = ask("What are the guiding principles of the ADMM border management concept paper?");
        assertThat(answer.verdict()).isNull();
        assertThat(answer.text()).contains("guided by the following principles:").contains("non-binding and voluntary")
                .contains("based on consensus");
        assertThat(cited(answer)).contains("admm-border-2019:5", "admm-border-2019:5d");
    }

    @Test
    void nonsense_gets_no_quote() {
        Answer answer = ask("What is the weather like in Jakarta today?");
        assertThat(answer.verdict()).isEqualTo(Verdict.NOT_ADDRESSED);
        assertThat(answer.provisions()).isEmpty();
    }

    @Test
    void two_readings_that_agree_answer_together() {
        Answer answer = ask("Does the MSG workshop outcome oblige Fiji to ratify the Arms Trade Treaty?");
        assertThat(answer.verdict()).isEqualTo(Verdict.NOT_REQUIRED);
        assertThat(cited(answer)).contains("msg-att-2017:recommendations");
    }

    @Test
    void an_organisation_named_inside_a_body_s_name_is_not_that_body() {
        Answer answer = ask("Can the Melanesian Spearhead Group Secretariat chair the WG on AS annual meeting?");
        assertThat(answer.body()).isEqualTo("wg-as");
        assertThat(answer.verdict()).isEqualTo(Verdict.FORBIDDEN);
        assertThat(answer.text()).contains("Voluntary Lead Shepherd");
    }

    @Test
    void the_reading_shows_body_topic_act_facts_and_competing_topics() {
        Reading reading = TestRulebook.RULES.read("All ten ASEAN Member States have agreed to UNODC's written request."
                + " May UNODC attend that session?", AskContext.defaults());
        assertThat(reading.body()).isEqualTo("wg-as");
        assertThat(reading.topic()).isEqualTo("attend-meeting");
        assertThat(reading.act()).isEqualTo(QuestionKind.PERMISSION);
        assertThat(reading.questionSentence()).isEqualTo("May UNODC attend that session?");
        assertThat(reading.facts()).anyMatch(f -> f.name().equals("in-writing") && f.value().equals("yes"));
        assertThat(reading.candidates()).anyMatch(c -> c.body().equals("wg-as") && c.topic().equals("attend-meeting"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Deadline for states to enact anti people smuggling legislation under AHEG II?|The Ad Hoc Experts' Group reports",
        "Is there a deadline or fixed frequency for reporting activity updates to ADSOM?|The ADMM concept paper",
        "Any deadline for the WG on AS to adopt the Work Programme?|The Terms of Reference"})
    void a_deadline_the_texts_do_not_give_is_said_to_be_unaddressed_whether_asked_for_or_asked_about(String question,
            String texts) {
        Answer answer = ask(question);
        assertThat(answer.verdict()).isEqualTo(Verdict.NOT_ADDRESSED);
        assertThat(answer.text()).startsWith(texts).contains("not address a deadline").doesNotContain("Yes.");
    }

    @Test
    void the_verdict_of_texts_binding_no_one_quotes_the_passage_the_question_is_about() {
        Answer answer = ask("We identified our needs to combat people smuggling. Can we seek help on bilateral basis"
                + " e.g. from Australia?");
        assertThat(answer.verdict()).isEqualTo(Verdict.PERMITTED);
        assertThat(answer.text()).startsWith("Yes.").contains("non-binding").contains("on a bilateral basis");
        assertThat(cited(answer)).contains("bali-aheg1-2003:2.2");
    }

    @Test
    void a_state_written_by_its_short_name_is_found_by_the_name_the_texts_use() {
        Answer answer = ask("Which PNG ministry attended the workshop?");
        assertThat(answer.text()).contains("Papua New Guinea Ministry of Foreign Affairs");
        assertThat(cited(answer)).containsExactly("msg-att-2017:workshop");
    }

    @Test
    void the_texts_are_found_by_another_form_of_the_word_asked() {
        // "replied" for "responded"; "meet" for "met".
        assertThat(ask("How many countries replied to the AHEG1 returns questionnaire?").text())
                .contains("Twenty-five countries responded");
        assertThat(ask("When did AHEG1 meet in Colombo?").text()).contains("13-14 March 2003");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "New activity under the concept paper approved by 7 of 10 AMS at ADSOM WG, three against. Enough to proceed?"
            + "|admm-border-2019:5d",
        "ADSOM WG voted 8 to 3 to launch a new border mgmt activity. Is this decision valid under the concept paper?"
            + "|admm-border-2019:5d",
        "Social event for border units under the ADMM paper. All AMS ok except Singapore. Can we proceed?"
            + "|admm-border-2019:8d",
        "Our armed forces want to do border support activity that our domestic law does not permit, under ADMM"
            + " cooperation. Allowed?|admm-border-2019:5c"})
    void a_count_a_vote_or_a_breach_stated_defeats_the_condition_it_concerns(String question, String provision) {
        Answer answer = ask(question);
        assertThat(answer.verdict()).isEqualTo(Verdict.FORBIDDEN);
        assertThat(cited(answer)).contains(provision);
    }

    @Test
    void asked_whether_there_are_rules_on_a_matter_no_provision_speaks_of_the_texts_do_not_address_it() {
        Answer classified = ask("Any rule on protecting classified information shared btw defence establishments in"
                + " these border activities?");
        assertThat(classified.verdict()).isEqualTo(Verdict.NOT_ADDRESSED);
        assertThat(classified.text()).startsWith("The ADMM concept paper does not address this");
        // A matter the texts do speak of is answered; one the folder names as silent keeps its own words.
        assertThat(ask("Are there any rules on Resource Panel requests in the WG on AS ToR?").text())
                .contains("in writing");
        assertThat(ask("How does the Bali Process take decisions - is there a voting rule?").text())
                .contains("a voting rule");
    }

    @Test
    void asked_whether_a_text_covers_something_its_passage_is_quoted() {
        Answer answer = ask("Does the ADMM concept paper cover only land borders or also sea and air?");
        assertThat(answer.verdict()).isNull();
        assertThat(answer.text()).contains("land, sea and air");
        assertThat(cited(answer)).containsExactly("admm-border-2019:6");
    }

    @Test
    void a_held_body_s_own_matters_under_a_heading_are_answered_not_refused() {
        assertThat(ask("Resource Panel - who are its members?").body()).isEqualTo("wg-as");
        assertThat(ask("INTERPOL - can it attend our WG on AS meeting?").verdict()).isEqualTo(Verdict.CONDITIONAL);
    }

    @Test
    void two_questions_in_one_message_get_an_answer_each() {
        Answer answer = ask("2 q: is participation in ADMM border activities binding? and how are decisions made?");
        assertThat(answer.parts()).hasSize(2);
        assertThat(answer.parts().get(0).verdict()).isEqualTo(Verdict.NOT_REQUIRED);
        assertThat(cited(answer.parts().get(0))).contains("admm-border-2019:5b");
        assertThat(answer.parts().get(1).verdict()).isNull();
        assertThat(cited(answer.parts().get(1))).contains("admm-border-2019:5d");
        // The yes/no question's verdict; the information answer has none to add.
        assertThat(answer.verdict()).isEqualTo(Verdict.NOT_REQUIRED);
        assertThat(answer.text()).contains("\u201Chow are decisions made?\u201D").contains("consensus")
                .contains("voluntary");
    }

    @Test
    void a_follow_up_that_asks_nothing_of_its_own_stays_with_its_question() {
        Answer answer = ask("Can INTERPOL attend the WG on AS meeting? Is that OK under the ToR?");
        assertThat(answer.parts()).isEmpty();
        assertThat(answer.verdict()).isEqualTo(Verdict.CONDITIONAL);
        assertThat(ask("Where and when did AHEG1 meet to formulate its Plan of Action?").parts()).isEmpty();
    }

    @Test
    void a_later_question_that_leaves_out_its_subject_is_read_after_the_earlier_one() {
        Answer answer = ask("Who coordinates the public awareness campaigns activity and how is the report delivered?");
        assertThat(answer.parts()).hasSize(2);
        assertThat(answer.parts().get(0).text()).contains("Korea");
        assertThat(answer.parts().get(1).text()).contains("Contact Points");
    }

    @Test
    void when_the_best_fitting_topic_s_rules_say_nothing_the_next_that_fits_answers() {
        // "between AMS" fits membership a little better than what is asked fits the scope.
        Answer answer = ask("Can WGAS look into operational LE cooperation to cut cross-border transfer of firearms"
                + " between AMS, e.g. joint ops planning?");
        assertThat(answer.verdict()).isEqualTo(Verdict.PERMITTED);
        assertThat(cited(answer)).containsExactly("wg-as-tor:4f");
    }
}
