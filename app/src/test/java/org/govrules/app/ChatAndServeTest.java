package org.govrules.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./govrules chat} (the bot's conversation in a terminal) and {@code serve}'s configuration errors. */
class ChatAndServeTest {

    @TempDir
    Path dir;

    private String[] run(String input, Map<String, String> env, String... args) {
        var out = new StringWriter();
        var err = new StringWriter();
        int status = Govrules.run(args, new BufferedReader(new StringReader(input)), new PrintWriter(out, true),
                new PrintWriter(err, true), env);
        return new String[] {String.valueOf(status), out.toString(), err.toString()};
    }

    @Test
    void chat_answers_questions_and_commands_line_by_line_past_empty_lines_until_quit() {
        var env = Map.of("GOVRULES_DB_URL", "jdbc:h2:file:" + dir.resolve("db"));
        String[] run = run("Can INTERPOL attend our next meeting?\n\nsubscribe wg-as\nprovision wg-as-tor:10\n"
                + "Is participation voluntary?\nthanks\nquit\nWho is the VLS?\n", env, "chat");
        assertThat(run[0]).isEqualTo("0");
        assertThat(run[1]).contains("Only if the Chairperson invites them").contains("wg-as-tor:7 (Resource Panel)")
                .contains("Subscribed to WG on AS").contains("within one week").contains("You are welcome")
                .contains("Show a provision's text with: provision ID").doesNotContain("./govrules provision")
                .contains("could concern several bodies").doesNotContain("Verdict: NOT_ADDRESSED");
        assertThat(run[1].split("\n> ", -1)).as("five lines answered, the empty one skipped, then quit").hasSize(7);
    }

    @Test
    void serve_says_what_is_missing() {
        assertThat(run("", Map.of(), "serve")).satisfies(r -> {
            assertThat(r[0]).isEqualTo("2");
            assertThat(r[2]).contains("serve --telegram, serve --email, serve --http");
        });
        assertThat(run("", Map.of(), "serve", "--telegram")[2]).contains("TELEGRAM_BOT_TOKEN is not set");
        assertThat(run("", Map.of("TELEGRAM_BOT_TOKEN", "1:x", "GOVRULES_REMIND_DAYS", "7,x"), "serve", "--telegram")[2])
                .contains("GOVRULES_REMIND_DAYS='7,x'");
        assertThat(run("", Map.of(), "serve", "--email")[2]).contains("MAIL_IMAP_URL is not set");
        assertThat(run("", Map.of("MAIL_IMAP_URL", "imap://b:s@127.0.0.1:3143", "MAIL_SMTP_URL", "nonsense"), "serve",
                "--email")[2]).contains("MAIL_SMTP_URL='nonsense' is not a mail URL");
    }
}
