package org.govrules.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code ./govrules ask} and {@code provision} as the README defines them: output, JSON shape and exit status. */
class CommandLineTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** These commands touch no database. */
    private static final java.util.Map<String, String> ENV = java.util.Map.of();

    record Run(int status, String out, String err) {}

    private static Run run(String... args) {
        var out = new StringWriter();
        var err = new StringWriter();
        int status = Govrules.run(args, new PrintWriter(out, true), new PrintWriter(err, true), ENV);
        return new Run(status, out.toString(), err.toString());
    }

    @Test
    void ask_json_prints_the_spec_object_for_the_spec_example() throws Exception {
        Run run = run("ask", "--json", "--as-of", "2026-11-23",
                "Can a Resource Panel member be admitted if 9 of 10 member states agree?");
        assertThat(run.status()).isZero();
        JsonNode json = JSON.readTree(run.out());
        assertThat(json.fieldNames()).toIterable().containsExactly(
                "question", "body", "kind", "verdict", "answer", "conditions", "provisions", "rules", "as_of",
                "parts", "interpretation", "kb_version");
        assertThat(json.get("kb_version").asText()).matches("kb-[0-9a-f]{12}");
        assertThat(json.get("parts")).isEmpty();
        assertThat(json.get("question").asText()).isEqualTo(
                "Can a Resource Panel member be admitted if 9 of 10 member states agree?");
        assertThat(json.get("body").asText()).isEqualTo("wg-as");
        assertThat(json.get("kind").asText()).isEqualTo("permission");
        assertThat(json.get("verdict").asText()).isEqualTo("FORBIDDEN");
        assertThat(json.get("answer").asText()).startsWith("No. Resource Panel status must be agreed to by all the ASEAN Member States");
        assertThat(json.get("provisions").get(0).get("id").asText()).isEqualTo("wg-as-tor:7");
        assertThat(json.get("provisions").get(0).get("text").asText()).endsWith("must be agreed to by all the ASEAN Member States.");
        assertThat(json.get("rules").toString()).contains("wg-as-tor:7 resource panel needs every member state");
    }

    @Test
    void ask_json_shows_how_the_question_was_read() throws Exception {
        Run run = run("ask", "--json", "How many members did the WG on AS have on 1 October 2025?");
        JsonNode json = JSON.readTree(run.out());
        assertThat(json.get("as_of").asText()).isEqualTo("2025-10-01");
        JsonNode reading = json.get("interpretation");
        assertThat(reading.get("body").asText()).isEqualTo("wg-as");
        assertThat(reading.get("topic").asText()).isEqualTo("membership");
        assertThat(reading.get("act").asText()).isEqualTo("information");
        assertThat(reading.get("as_of").asText()).isEqualTo("2025-10-01");
        assertThat(reading.get("as_of_from").asText()).isEqualTo("question");
        assertThat(json.get("answer").asText()).contains("10 as of 2025-10-01");
    }

    @Test
    void ask_explain_prints_the_reading_and_the_rules_that_fired() {
        Run run = run("ask", "--explain", "If Cambodia objects, can INTERPOL still attend our WG on AS meeting?");
        assertThat(run.status()).isZero();
        assertThat(run.out()).startsWith("No.").contains("How the question was read:")
                .contains("topic:  attend-meeting").contains("facts:  objecting=KH")
                .contains("as of:  ").contains("(today)")
                .contains("wg-as/attend-meeting").contains("wg-as-tor:7 an objection blocks Resource Panel status");
    }

    @Test
    void each_command_says_what_it_does_without_a_body() {
        assertThat(run("ask", "--help").out().replaceAll("\\s+", " ")).contains("default: the body the question names")
                .doesNotContain("deadlines").doesNotContain("README's");
        assertThat(run("deadlines", "--help").out().replaceAll("\\s+", " ")).contains("default: every body").doesNotContain("question names");
    }

    @Test
    void an_information_question_has_a_null_verdict() throws Exception {
        Run run = run("ask", "--json", "Who chairs the annual WG on AS meeting?");
        JsonNode json = JSON.readTree(run.out());
        assertThat(json.get("kind").asText()).isEqualTo("information");
        assertThat(json.get("verdict").isNull()).isTrue();
        assertThat(json.get("answer").asText()).contains("Voluntary Lead Shepherd");
        assertThat(json.get("provisions").get(0).get("id").asText()).isEqualTo("wg-as-tor:5");
    }

    @Test
    void ask_in_words_leads_with_the_answer_and_lists_the_provisions() {
        Run run = run("ask", "--body", "wg-as", "Can", "INTERPOL", "attend", "our", "next", "meeting?");
        assertThat(run.status()).isZero();
        assertThat(run.out()).startsWith("Only if ").contains("Verdict: CONDITIONAL").contains("wg-as-tor:7 (Resource Panel)");
    }

    @Test
    void a_question_not_understood_still_gets_json_and_status_0() throws Exception {
        Run run = run("ask", "--json", "\u0000\u0001\u00ff\ufffd garbage \u0007");
        assertThat(run.status()).isZero();
        JsonNode json = JSON.readTree(run.out());
        assertThat(json.get("verdict").asText()).isEqualTo("NOT_ADDRESSED");
        assertThat(json.get("answer").asText()).contains("for example");
    }

    @Test
    void a_100_kb_question_gets_a_clear_answer_and_no_stack_trace() throws Exception {
        Run run = run("ask", "--json", "x".repeat(100 * 1024));
        assertThat(run.status()).isZero();
        assertThat(JSON.readTree(run.out()).get("answer").asText()).contains("102400 characters");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void usage_errors_exit_2_with_a_message_and_no_stack_trace() {
        for (List<String> args : List.of(
                List.of("ask", ""),
                List.of("ask"),
                List.of("ask", "--body", "wg-xx", "Who chairs?"),
                List.of("ask", "--as-of", "2026-13-45", "Who chairs?"),
                List.of("deadlines", "--as-of", "+999999999-12-31"),
                List.of("provision", "wg-as-tor:99"),
                List.of("no-such-command"))) {
            Run run = run(args.toArray(String[]::new));
            assertThat(run.status()).as(args.toString()).isEqualTo(2);
            assertThat(run.out()).as(args.toString()).isEmpty();
            assertThat(run.err()).as(args.toString()).isNotBlank().doesNotContain("\tat ").doesNotContain("Exception");
            assertThat(run.err().strip().lines()).as("one line and where to find help: " + run.err()).hasSize(2)
                    .last().asString().startsWith("Try: ./govrules ").endsWith("--help");
        }
        assertThat(run("ask", "--as-of", "2026-13-45", "Who chairs?").err()).contains("'2026-13-45' is not a date");
        assertThat(run("ask", "--body", "wg-xx", "Who chairs?").err()).contains("Unknown body 'wg-xx'").contains("wg-as");
        assertThat(run("ask", "").err()).contains("The question is empty");
        assertThat(run("deadlines", "--as-of", "+999999999-12-31").err()).contains("is outside 1967-2199");
    }

    @Test
    void provision_prints_the_paragraph_text() {
        Run run = run("provision", "wg-as-tor:10");
        assertThat(run.status()).isZero();
        assertThat(run.out().strip()).startsWith("The WG on AS Secretariat of the Chair will work with the ASEAN Secretariat")
                .endsWith("within one week of the transmission of the draft summary record.");
    }

    @Test
    void as_of_changes_the_answer() throws Exception {
        String q = "Who are the members of the WG on AS?";
        assertThat(JSON.readTree(run("ask", "--json", "--as-of", "2025-10-01", q).out()).get("answer").asText())
                .contains("10 as of 2025-10-01");
        assertThat(JSON.readTree(run("ask", "--json", "--as-of", "2026-01-01", q).out()).get("answer").asText())
                .contains("11 as of 2026-01-01");
    }

    @Test
    void coverage_lists_every_provision_with_its_rules_tests_or_reason() throws Exception {
        Run run = run("coverage", "--json");
        assertThat(run.status()).isZero();
        JsonNode rows = JSON.readTree(run.out());
        assertThat(rows.size()).isEqualTo(79);
        JsonNode seven = null;
        JsonNode one = null;
        for (JsonNode row : rows) {
            assertThat(row.get("rules").size() > 0 || !row.get("reason").isNull()).as(row.toString()).isTrue();
            if (row.get("provision").asText().equals("wg-as-tor:7")) {
                seven = row;
            }
            if (row.get("provision").asText().equals("wg-as-tor:1")) {
                one = row;
            }
        }
        assertThat(seven.get("rules").toString()).contains("wg-as-tor:7 resource panel needs every member state");
        assertThat(seven.get("tests").toString()).contains("wgas/scenarios.md:");
        assertThat(one.get("reason").asText()).startsWith("Background");
    }

    @Test
    void coverage_in_words_ends_with_a_summary() {
        Run run = run("coverage");
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("wg-as-tor:7").contains("not covered.").contains(" 0 not covered");
        var rows = run.out().lines().filter(l -> l.contains(":") && l.indexOf(' ') > 0 && !l.contains("provisions:"))
                .toList();
        assertThat(rows).as("the second column starts at one place, whatever the id's length")
                .extracting(l -> l.length() - l.substring(l.indexOf(' ')).stripLeading().length()).containsOnly(
                        rows.stream().mapToInt(l -> l.length() - l.substring(l.indexOf(' ')).stripLeading().length())
                                .max().orElseThrow());
    }

    @Test
    void members_on_a_date_before_any_are_not_listed_as_an_empty_list() {
        Run run = run("ask", "How many members did the WG on AS have on 1 January 1900?");
        assertThat(run.out()).contains("none had joined").doesNotContain("()");
    }
}
