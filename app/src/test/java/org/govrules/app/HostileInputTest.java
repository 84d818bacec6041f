package org.govrules.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a person sees when the input or the machine is hostile: one clear line on standard error and an exit status,
 * never a stack trace (without {@code GOVRULES_DEBUG=1}), never an echo of a huge value.
 */
@Tag("fault")
class HostileInputTest {

    @TempDir
    Path dir;

    record Run(int status, String out, String err) {}

    private Run run(String input, Map<String, String> env, String... args) {
        var out = new StringWriter();
        var err = new StringWriter();
        int status = Govrules.run(args, new BufferedReader(new StringReader(input)), new PrintWriter(out, true),
                new PrintWriter(err, true), env);
        return new Run(status, out.toString(), err.toString());
    }

    private Map<String, String> store() {
        return Map.of("GOVRULES_DB_URL", "jdbc:h2:file:" + dir.resolve("db"));
    }

    private static void oneClearLine(Run run) {
        assertThat(run.err()).doesNotContain("\tat ").doesNotContain("Exception").doesNotContain("insert into");
        assertThat(run.err().strip().lines().count()).as(run.err()).isLessThanOrEqualTo(2);
        assertThat(run.err().length()).as("no echo of a huge value").isLessThan(600);
    }

    @Test
    void a_store_that_cannot_be_created_says_where_and_what_to_do() throws Exception {
        Path file = Files.writeString(dir.resolve("a-file"), "not a directory");
        Run run = run("", Map.of("GOVRULES_DB_URL", "jdbc:h2:file:" + file + "/db"), "deadlines");
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).contains("Cannot open the store jdbc:h2:file:" + file + "/db").contains("GOVRULES_DB_URL");
        oneClearLine(run);
    }

    @Test
    void a_calendar_to_a_missing_directory_names_the_directory() {
        Run run = run("", store(), "deadlines", "--ics", dir.resolve("missing/cal.ics").toString());
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).contains("the directory " + dir.resolve("missing") + " does not exist");
        oneClearLine(run);
    }

    @Test
    void a_huge_value_is_refused_without_being_echoed() {
        Run run = run("", store(), "record", "meeting-scheduled", "meeting=M1", "date=2026-06-10",
                "host=" + "a".repeat(5000));
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).contains("is not a state");
        oneClearLine(run);
        Run twice = run("", store(), "record", "meeting-scheduled", "meeting=NOPE", "meeting=M1", "date=2026-06-10");
        assertThat(twice.status()).isEqualTo(2);
        assertThat(twice.err()).contains("'meeting=' is given twice");
    }

    @Test
    void dates_far_out_of_range_are_usage_errors() {
        Run run = run("", store(), "deadlines", "--as-of", "+999999999-12-31");
        assertThat(run.status()).isEqualTo(2);
        oneClearLine(run);
    }

    @Test
    void a_chat_line_of_millions_of_characters_is_refused_and_the_chat_goes_on() {
        Run run = run("x".repeat(5_000_000) + "\nWho is the Voluntary Lead Shepherd?\nquit\n", store(), "chat");
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("That line is 5000000 characters long").contains("wg-as-tor:");
        oneClearLine(run);
    }
}
