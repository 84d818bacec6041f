package org.govrules.kb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.govrules.Deadline;
import org.govrules.DeadlineStatus;
import org.govrules.Event;
import org.govrules.RefusedEventException;
import org.junit.jupiter.api.Test;

/** Deadlines the rules derive from a ledger of events, before and after each is due, each citing its provision. */
class DeadlinesTest {

    private static Event event(String type, String date, String... keyValues) {
        var details = new java.util.HashMap<String, String>();
        for (int i = 0; i < keyValues.length; i += 2) {
            details.put(keyValues[i], keyValues[i + 1]);
        }
        return new Event("wg-as", type, LocalDate.parse(date), details);
    }

    private static Deadline only(List<Event> ledger, String asOf, String keyPrefix) {
        var found = TestRulebook.RULES.deadlines("wg-as", ledger, LocalDate.parse(asOf)).stream()
                .filter(d -> d.key().startsWith(keyPrefix)).toList();
        assertThat(found).as(keyPrefix).hasSize(1);
        return found.get(0);
    }

    private final List<Event> transmitted = List.of(
            event("meeting-scheduled", "2026-01-10", "meeting", "M1", "date", "2026-02-20"),
            event("meeting-held", "2026-02-20", "meeting", "M1"),
            event("summary-record-transmitted", "2026-03-02", "meeting", "M1"));

    @Test
    void comments_close_on_9_march_and_are_open_until_then() {
        Deadline d = only(transmitted, "2026-03-05", "summary-record-comments:M1");
        assertThat(d.due()).isEqualTo(LocalDate.parse("2026-03-09"));
        assertThat(d.status()).isEqualTo(DeadlineStatus.OPEN);
        assertThat(d.provision()).isEqualTo("wg-as-tor:10");
        assertThat(only(transmitted, "2026-03-09", "summary-record-comments").status()).isEqualTo(DeadlineStatus.OPEN);
    }

    @Test
    void with_no_comment_in_time_the_record_is_approved_by_silence() {
        assertThat(only(transmitted, "2026-03-10", "summary-record-comments").status()).isEqualTo(DeadlineStatus.LAPSED);
        var late = new ArrayList<>(transmitted);
        late.add(event("comment-received", "2026-03-10", "meeting", "M1", "from", "KH"));
        Deadline d = only(late, "2026-03-12", "summary-record-comments");
        assertThat(d.status()).isEqualTo(DeadlineStatus.LAPSED);
        assertThat(d.what()).contains("approved");
    }

    @Test
    void a_comment_on_the_last_day_stops_approval_by_silence() {
        var ledger = new ArrayList<>(transmitted);
        ledger.add(event("comment-received", "2026-03-09", "meeting", "M1", "from", "KH"));
        Deadline d = only(ledger, "2026-03-12", "summary-record-comments");
        assertThat(d.status()).isEqualTo(DeadlineStatus.MET);
        assertThat(d.what()).contains("KH").contains("2026-03-09");
    }

    @Test
    void the_annual_meeting_is_due_in_each_calendar_year() {
        var ledger = List.of(
                event("meeting-scheduled", "2025-01-10", "meeting", "M0", "date", "2025-05-01"),
                event("meeting-held", "2025-05-01", "meeting", "M0"));
        assertThat(only(ledger, "2026-06-01", "annual-meeting:2025").status()).isEqualTo(DeadlineStatus.MET);
        Deadline thisYear = only(ledger, "2026-06-01", "annual-meeting:2026");
        assertThat(thisYear.status()).isEqualTo(DeadlineStatus.OPEN);
        assertThat(thisYear.due()).isEqualTo(LocalDate.parse("2026-12-31"));
        assertThat(thisYear.provision()).isEqualTo("wg-as-tor:5");
        assertThat(only(ledger, "2027-01-02", "annual-meeting:2026").status()).isEqualTo(DeadlineStatus.MISSED);
    }

    @Test
    void a_resource_panel_request_names_the_member_states_yet_to_agree_before_the_meeting() {
        var ledger = new ArrayList<>(List.of(
                event("meeting-scheduled", "2026-01-10", "meeting", "M2", "date", "2026-06-10"),
                event("resource-panel-request", "2026-02-01", "org", "INTERPOL", "meeting", "M2", "in-writing", "yes"),
                event("agreement", "2026-02-03", "subject", "resource-panel:INTERPOL", "state", "VN"),
                event("agreement", "2026-02-04", "subject", "resource-panel:INTERPOL", "state", "TH")));
        Deadline d = only(ledger, "2026-03-01", "resource-panel:INTERPOL:M2");
        assertThat(d.due()).isEqualTo(LocalDate.parse("2026-06-10"));
        assertThat(d.status()).isEqualTo(DeadlineStatus.OPEN);
        assertThat(d.what()).contains("Cambodia").contains("Timor-Leste").doesNotContain("Viet Nam").doesNotContain("Thailand");
        assertThat(d.provision()).isEqualTo("wg-as-tor:7");
        assertThat(only(ledger, "2026-06-11", "resource-panel").status()).isEqualTo(DeadlineStatus.MISSED);

        for (String state : List.of("BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TL")) {
            ledger.add(event("agreement", "2026-02-05", "subject", "resource-panel:INTERPOL", "state", state));
        }
        assertThat(only(ledger, "2026-03-01", "resource-panel").status()).isEqualTo(DeadlineStatus.MET);
    }

    @Test
    void moving_the_meeting_moves_the_resource_panel_deadline() {
        var ledger = List.of(
                event("meeting-scheduled", "2026-01-10", "meeting", "M2", "date", "2026-06-10"),
                event("resource-panel-request", "2026-02-01", "org", "UNODC", "meeting", "M2", "in-writing", "yes"),
                event("meeting-scheduled", "2026-03-01", "meeting", "M2", "date", "2026-07-15"));
        assertThat(only(ledger, "2026-03-02", "resource-panel:UNODC").due()).isEqualTo(LocalDate.parse("2026-07-15"));
    }

    @Test
    void a_proposed_amendment_lacks_consensus_while_a_state_objects() {
        var ledger = List.of(
                event("meeting-scheduled", "2026-01-10", "meeting", "M3", "date", "2026-09-01"),
                event("amendment-proposed", "2026-02-01", "amendment", "A1"),
                event("objection", "2026-02-02", "subject", "amendment:A1", "state", "KH"));
        Deadline d = only(ledger, "2026-03-01", "amendment:A1");
        assertThat(d.due()).isEqualTo(LocalDate.parse("2026-09-01"));
        assertThat(d.what()).contains("no consensus").contains("KH");
        assertThat(d.provision()).isEqualTo("wg-as-tor:11");
    }

    @Test
    void deadlines_come_soonest_first() {
        var deadlines = TestRulebook.RULES.deadlines("wg-as", transmitted, LocalDate.parse("2026-03-05"));
        assertThat(deadlines).extracting(Deadline::due).isSorted();
    }

    @Test
    void recording_checks_keys_dates_states_and_the_ledger() {
        var rules = TestRulebook.RULES;
        Event ok = rules.check(event("meeting-scheduled", "2026-01-10", "meeting", "M9", "date", "2026-05-01",
                "host", "Viet Nam", "chair", "thailand"), List.of());
        assertThat(ok.details()).containsEntry("host", "VN").containsEntry("chair", "TH");

        assertThatThrownBy(() -> rules.check(event("meeting-planned", "2026-01-10"), List.of()))
                .isInstanceOf(RefusedEventException.class).hasMessageContaining("Unknown event 'meeting-planned'");
        assertThatThrownBy(() -> rules.check(event("meeting-scheduled", "2026-01-10", "meeting", "M9"), List.of()))
                .hasMessageContaining("'date=' is missing");
        assertThatThrownBy(() -> rules.check(event("meeting-scheduled", "2026-01-10", "meeting", "M9",
                "date", "2026-13-45"), List.of())).hasMessageContaining("'2026-13-45' is not a date");
        assertThatThrownBy(() -> rules.check(event("meeting-scheduled", "2026-01-10", "meeting", "M9",
                "date", "2026-05-01", "host", "Atlantis"), List.of())).hasMessageContaining("'Atlantis'");
        assertThatThrownBy(() -> rules.check(event("comment-received", "2026-03-03", "meeting", "M1", "from", "KH"),
                transmitted.subList(0, 2))).hasMessageContaining("has not been transmitted");
        assertThatThrownBy(() -> rules.check(event("summary-record-transmitted", "2026-03-03", "meeting", "M7"),
                transmitted)).hasMessageContaining("No meeting 'M7' is scheduled");
        assertThatThrownBy(() -> rules.check(event("summary-record-transmitted", "2026-03-03", "meeting", "M1"),
                transmitted)).hasMessageContaining("already recorded");
        assertThatThrownBy(() -> rules.check(event("comment-received", "2026-03-01", "meeting", "M1", "from", "KH"),
                transmitted)).hasMessageContaining("dated 2026-03-01, before the summary-record-transmitted of 2026-03-02");
        assertThatThrownBy(() -> rules.check(event("meeting-held", "2027-05-01", "meeting", "M1"), transmitted))
                .hasMessageContaining("has not happened yet");
        assertThatThrownBy(() -> rules.check(event("agreement", "2025-10-01", "subject", "resource-panel:X",
                "state", "TL"), List.of())).hasMessageContaining("not a member");
        assertThatThrownBy(() -> rules.check(event("resource-panel-request", "2026-02-01", "org", "X", "meeting", "M1",
                "in-writing", "maybe"), transmitted)).hasMessageContaining("in-writing= takes yes or no");
    }

    @Test
    void a_meeting_is_not_held_nor_its_record_sent_before_the_day_it_is_scheduled_for() {
        var scheduled = List.of(event("meeting-scheduled", "2026-01-10", "meeting", "M1", "date", "2026-06-10"));
        assertThatThrownBy(() -> TestRulebook.RULES.check(event("meeting-held", "2026-06-01", "meeting", "M1"),
                scheduled)).isInstanceOf(RefusedEventException.class)
                .hasMessageContaining("dated 2026-06-01, before the date in its meeting-scheduled (2026-06-10)");
        assertThatThrownBy(() -> TestRulebook.RULES.check(event("summary-record-transmitted", "2026-06-05",
                "meeting", "M1"), scheduled)).hasMessageContaining("before the date in its meeting-scheduled");
        // Moved earlier, it may be held on the new day.
        var moved = List.of(scheduled.get(0), event("meeting-scheduled", "2026-05-20", "meeting", "M1", "date",
                "2026-06-01"));
        assertThat(TestRulebook.RULES.check(event("meeting-held", "2026-06-01", "meeting", "M1"), moved).type())
                .isEqualTo("meeting-held");
    }

    @Test
    void moving_a_meeting_keeps_its_host_and_chair_unless_restated() {
        var ledger = List.of(event("meeting-scheduled", "2026-01-10", "meeting", "M1", "date", "2026-06-10",
                "host", "VN", "chair", "TH"));
        Event moved = TestRulebook.RULES.check(event("meeting-scheduled", "2026-02-01", "meeting", "M1", "date",
                "2026-06-20", "chair", "KH"), ledger);
        assertThat(moved.details()).containsEntry("date", "2026-06-20").containsEntry("host", "VN")
                .containsEntry("chair", "KH");
    }

    @Test
    void a_state_s_latest_stance_counts_an_objection_after_its_agreement_and_an_agreement_after_its_objection() {
        var ledger = new ArrayList<>(List.of(
                event("meeting-scheduled", "2026-01-10", "meeting", "M3", "date", "2026-09-01"),
                event("amendment-proposed", "2026-02-01", "amendment", "A1")));
        for (String state : List.of("BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "TL", "VN")) {
            ledger.add(event("agreement", "2026-02-02", "subject", "amendment:A1", "state", state));
        }
        assertThat(only(ledger, "2026-03-01", "amendment:A1").what()).doesNotContain("no consensus");
        ledger.add(TestRulebook.RULES.check(event("objection", "2026-02-03", "subject", "amendment:A1", "state", "KH"),
                ledger));
        assertThat(only(ledger, "2026-03-01", "amendment:A1").what()).contains("no consensus").contains("KH");
        ledger.add(TestRulebook.RULES.check(event("agreement", "2026-02-04", "subject", "amendment:A1", "state", "KH"),
                ledger));
        assertThat(only(ledger, "2026-03-01", "amendment:A1").what()).doesNotContain("no consensus");
    }
}
