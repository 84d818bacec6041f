package org.govrules.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code review} puts the instrument beside its rules; {@code test} runs scenario tables a reviewer writes. */
class ReviewAndTestCommandsTest {

    record Run(int status, String out, String err) {}

    private static Run run(String... args) {
        var out = new StringWriter();
        var err = new StringWriter();
        int status = Govrules.run(args, new PrintWriter(out, true), new PrintWriter(err, true), Map.of());
        return new Run(status, out.toString(), err.toString());
    }

    @Test
    void review_writes_a_page_with_every_provision_of_the_instrument_its_marked_clauses_and_rules(@TempDir Path dir)
            throws Exception {
        Path page = dir.resolve("out.html");
        Run review = run("review", "wg-as-tor", "--html", page.toString());
        assertThat(review.status()).isZero();
        String html = Files.readString(page);
        for (String id : new String[] {"wg-as-tor:1", "wg-as-tor:4b", "wg-as-tor:7", "wg-as-tor:10", "wg-as-tor:11"}) {
            assertThat(html).contains("id=\"" + id + "\"");
        }
        assertThat(html).contains("<mark>").contains("rule &quot;wg-as-tor:7").contains("Tested by: wgas/scenarios.md:")
                .contains("No rule: Background");
    }

    @Test
    void review_in_text_and_an_unknown_instrument() {
        Run text = run("review", "msg-att-2017");
        assertThat(text.out()).contains("== msg-att-2017:recommendations").contains("Rule \"msg-att-2017:");
        Run unknown = run("review", "nope-tor");
        assertThat(unknown.status()).isEqualTo(2);
        assertThat(unknown.err()).contains("No instrument 'nope-tor'").contains("wg-as-tor");
    }

    @Test
    void test_passes_on_the_bodies_own_tables() {
        Run all = run("test");
        assertThat(all.status()).as(all.out()).isZero();
        assertThat(all.out()).containsPattern("(\\d+) of \\1 rows passed\\.");
    }

    @Test
    void test_fails_on_a_wrong_table_naming_the_failing_rows(@TempDir Path dir) throws Exception {
        Path table = dir.resolve("mine.md");
        Files.writeString(table, """
                # My checks
                | question | as of | verdict | provision | answer mentions |
                |---|---|---|---|---|
                | Can INTERPOL attend our next meeting? | | CONDITIONAL | wg-as-tor:7 | in writing |
                | Can INTERPOL attend if Cambodia objects? | | PERMITTED | wg-as-tor:7 | |
                """);
        Run run = run("test", table.toString());
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).contains("FAIL " + table + ":5: Can INTERPOL attend if Cambodia objects?")
                .contains("expected PERMITTED, got FORBIDDEN").contains("1 of 2 rows passed; 1 failed.");
        assertThat(run.out()).doesNotContain(":4:");
    }

    @Test
    void test_refuses_a_malformed_table_as_a_usage_error(@TempDir Path dir) throws Exception {
        Path table = dir.resolve("bad.md");
        Files.writeString(table, "| q | as of | verdict |\n|---|---|---|\n| Can it? | soon | PERMITTED |\n");
        Run run = run("test", table.toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("a row has 5 cells");
    }
}
