package org.govrules.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./govrules record} and {@code deadlines} on an H2 store in a temporary folder. */
class RecordAndDeadlinesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Map<String, String> env;

    record Run(int status, String out, String err) {}

    @BeforeEach
    void store() {
        env = Map.of("GOVRULES_DB_URL", "jdbc:h2:file:" + dir.resolve("govrules"));
    }

    private Run run(String... args) {
        var out = new StringWriter();
        var err = new StringWriter();
        int status = Govrules.run(args, new PrintWriter(out, true), new PrintWriter(err, true), env);
        return new Run(status, out.toString(), err.toString());
    }

    private void recordTransmission() {
        assertThat(run("record", "meeting-scheduled", "--date", "2026-01-05", "meeting=M1", "date=2026-02-20",
                "host=Viet Nam", "chair=TH").status()).isZero();
        assertThat(run("record", "meeting-held", "--date", "2026-02-20", "meeting=M1").status()).isZero();
        Run sent = run("record", "summary-record-transmitted", "--date", "2026-03-02", "meeting=M1");
        assertThat(sent.status()).isZero();
        assertThat(sent.out()).contains("Recorded for wg-as: summary-record-transmitted on 2026-03-02");
    }

    @Test
    void deadlines_json_lists_the_comment_deadline_with_its_provision() throws Exception {
        recordTransmission();
        Run run = run("deadlines", "--body", "wg-as", "--as-of", "2026-03-05", "--json");
        assertThat(run.status()).isZero();
        JsonNode rows = JSON.readTree(run.out());
        JsonNode comments = null;
        for (JsonNode row : rows) {
            assertThat(row.fieldNames()).toIterable().containsExactly("body", "due", "what", "provision", "status",
                    "key", "zone", "closes_at");
            if (row.get("what").asText().startsWith("Comments on the draft summary record of M1")) {
                comments = row;
            }
        }
        assertThat(comments.get("due").asText()).isEqualTo("2026-03-09");
        assertThat(comments.get("provision").asText()).isEqualTo("wg-as-tor:10");
        assertThat(comments.get("status").asText()).isEqualTo("open");
        assertThat(JSON.readTree(run("deadlines", "--as-of", "2026-03-10", "--json").out()).toString())
                .contains("\"status\":\"lapsed\"");
    }

    @Test
    void record_help_lists_each_body_s_events_and_their_keys() {
        Run help = run("record", "--help");
        assertThat(help.status()).isZero();
        assertThat(help.out()).contains("wg-as (WG on AS):").contains("meeting-scheduled meeting= date= [host=] [chair=]")
                .contains("comment-received meeting= from=");
    }

    @Test
    void deadlines_ics_writes_a_calendar_that_parses_back() throws Exception {
        recordTransmission();
        Path ics = dir.resolve("deadlines.ics");
        assertThat(run("deadlines", "--as-of", "2026-03-05", "--ics", ics.toString()).status()).isZero();
        var calendar = new CalendarBuilder().build(new StringReader(Files.readString(ics)));
        var events = calendar.<VEvent>getComponents("VEVENT");
        assertThat(events).isNotEmpty();
        VEvent comments = events.stream()
                .filter(e -> e.getSummary().getValue().startsWith("Deadline (WG on AS): Comments on the draft summary"
                        + " record of M1"))
                .findFirst().orElseThrow();
        // Timed: the hour before the end of 9 March in Jakarta (17:00 UTC), whatever the reader's zone.
        assertThat(java.time.Instant.from(comments.getDateTimeEnd().getDate()))
                .isEqualTo(java.time.Instant.parse("2026-03-09T17:00:00Z"));
        assertThat(java.time.Instant.from(comments.getDateTimeStart().getDate()))
                .isEqualTo(java.time.Instant.parse("2026-03-09T16:00:00Z"));
        assertThat(calendar.getProperty("METHOD")).hasValueSatisfying(m -> assertThat(m.getValue()).isEqualTo("PUBLISH"));
        assertThat(comments.getDescription().getValue()).contains("wg-as-tor:10")
                .contains("end of Monday 9 March 2026, Asia/Jakarta time (2026-03-09T17:00:00Z UTC)")
                .doesNotContain("./govrules");
        assertThat(comments.getProperty("STATUS")).hasValueSatisfying(p -> assertThat(p.getValue()).isEqualTo("CONFIRMED"));
        assertThat(comments.getProperty("SEQUENCE")).isPresent();
        assertThat(comments.getAlarms()).hasSize(1);

        // After the deadline has lapsed (approved by silence), the same UID, no alarm, cancelled.
        Path later = dir.resolve("later.ics");
        assertThat(run("deadlines", "--as-of", "2026-03-12", "--ics", later.toString()).status()).isZero();
        VEvent lapsed = new CalendarBuilder().build(new StringReader(Files.readString(later))).<VEvent>getComponents(
                "VEVENT").stream().filter(e -> e.getUid().equals(comments.getUid())).findFirst().orElseThrow();
        assertThat(lapsed.getAlarms()).isEmpty();
        assertThat(lapsed.getProperty("STATUS")).hasValueSatisfying(p -> assertThat(p.getValue()).isEqualTo("CANCELLED"));
        assertThat(lapsed.getSummary().getValue()).startsWith("Lapsed (WG on AS)");
    }

    @Test
    void a_refused_event_says_why_writes_nothing_and_exits_1() throws Exception {
        recordTransmission();
        Run refused = run("record", "comment-received", "--date", "2026-03-03", "meeting=M9", "from=KH");
        assertThat(refused.status()).isEqualTo(1);
        assertThat(refused.err()).contains("No meeting 'M9' is scheduled");
        assertThat(refused.out()).isEmpty();
        Run badState = run("record", "comment-received", "--date", "2026-03-03", "meeting=M1", "from=Atlantis");
        assertThat(badState.status()).isEqualTo(1);
        assertThat(badState.err()).contains("'Atlantis'");
        Run wrongType = run("record", "meeting-planned", "meeting=M2");
        assertThat(wrongType.status()).isEqualTo(1);
        assertThat(wrongType.err()).contains("No body records 'meeting-planned'").contains("meeting-scheduled (wg-as)");
        // Nothing was written: the comment deadline is still open.
        assertThat(run("deadlines", "--as-of", "2026-03-05", "--json").out()).contains("\"status\":\"open\"");
    }

    @Test
    void usage_errors_exit_2() {
        assertThat(run("record", "--body", "wg-xx", "meeting-held", "meeting=M1").status()).isEqualTo(2);
        assertThat(run("record", "meeting-held", "--date", "2026-02-31", "meeting=M1").status()).isEqualTo(2);
        assertThat(run("record", "meeting-held", "M1").status()).isEqualTo(2);
        assertThat(run("deadlines", "--body", "wg-xx").status()).isEqualTo(2);
    }
}
