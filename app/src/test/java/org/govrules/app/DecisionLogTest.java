package org.govrules.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.govrules.Rulebook;
import org.govrules.telegram.FakeBotApi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real {@code serve --telegram --email --http} process answers through each channel (a stand-in Bot API server,
 * GreenMail, HTTP) and {@code ask --log} through the command line; {@code log --json} then shows every answer under a
 * pseudonym, with the knowledge base that gave it.
 */
class DecisionLogTest {

    private static final String BOT = "bot@govrules.test";
    private static final String OFFICIAL = "focal.point@mfa.example";
    private static final long CHAT = 424242;
    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP))
            .withConfiguration(GreenMailConfiguration.aConfig().withUser(BOT, "bot", "secret"));

    @TempDir
    Path dir;

    @Test
    void answers_through_every_channel_are_read_back_with_log_json_under_pseudonyms() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("govrules");
        try (var api = new FakeBotApi()) {
            var env = new HashMap<>(Map.of("GOVRULES_DB_URL", url, "TELEGRAM_BOT_TOKEN", FakeBotApi.TOKEN,
                    "TELEGRAM_API_URL", api.url().toString(),
                    "MAIL_IMAP_URL", "imap://bot:secret@127.0.0.1:" + greenMail.getImap().getPort(),
                    "MAIL_SMTP_URL", "smtp://bot:secret@127.0.0.1:" + greenMail.getSmtp().getPort(),
                    "MAIL_FROM", BOT));
            // Waiting before the bots start: the first poll of each takes them.
            api.push(JSON.readTree("{\"update_id\": 1, \"message\": {\"message_id\": 7, \"date\": 1795600000,"
                    + " \"chat\": {\"id\": " + CHAT + ", \"type\": \"private\"}, \"from\": {\"id\": " + CHAT + ","
                    + " \"is_bot\": false, \"first_name\": \"Focal\"}, \"text\": \"Can INTERPOL attend our next meeting?\"}}"));
            GreenMailUtil.sendTextEmail(BOT, OFFICIAL, "Question", "Who is the Voluntary Lead Shepherd?",
                    greenMail.getSmtp().getServerSetup());

            var serve = ServeStopTest.Served.start(env, "serve", "--telegram", "--email", "--http", "--port", "0");
            String listening = serve.await("Serving", 90);
            String base = listening.replaceFirst(".*(http://[0-9.:]+)/v1.*", "$1");
            var http = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/v1/ask"))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"question\": \"When do comments on the draft summary"
                            + " record close?\"}")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(http.statusCode()).isEqualTo(200);
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while ((api.sentCount() == 0 || greenMail.getReceivedMessagesForDomain("mfa.example").length == 0)
                    && System.nanoTime() < until) {
                Thread.sleep(100);
            }
            assertThat(api.sentCount()).as("the Telegram answer").isPositive();
            assertThat(greenMail.getReceivedMessagesForDomain("mfa.example")).as("the e-mail answer").isNotEmpty();
            serve.process().destroy();
            assertThat(serve.process().waitFor(60, TimeUnit.SECONDS)).isTrue();

            assertThat(run(env, "ask", "--log", "--body", "wg-as", "Can Japan join the Resource Panel?")).startsWith("0");
            String[] log = run(env, "log", "--json").split("\n", 2);
            assertThat(log[0]).isEqualTo("0");
            JsonNode decisions = JSON.readTree(log[1]);
            assertThat(decisions.findValuesAsText("channel")).containsExactlyInAnyOrder("telegram", "email", "http", "cli");
            String version = Rulebook.load().version();
            decisions.forEach(d -> {
                assertThat(d.get("asker").asText()).matches("[0-9a-f]{16}");
                assertThat(d.get("kb_version").asText()).isEqualTo(version);
                assertThat(d.get("answer").get("provisions")).isNotEmpty();
            });
            assertThat(log[1]).doesNotContain(String.valueOf(CHAT)).doesNotContain(OFFICIAL);
            assertThat(decisions.findValuesAsText("question")).contains("Can INTERPOL attend our next meeting?",
                    "Who is the Voluntary Lead Shepherd?");

            String[] telegramOnly = run(env, "log", "--body", "wg-as", "--since", "2026-01-01").split("\n", 2);
            assertThat(telegramOnly[1]).contains("telegram").contains("CONDITIONAL").contains("wg-as-tor:7");
        }
    }

    /** Runs the command line in this JVM: the exit status, a newline, then standard output. */
    private static String run(Map<String, String> env, String... args) {
        var out = new StringWriter();
        var err = new StringWriter();
        int status = Govrules.run(args, new PrintWriter(out, true), new PrintWriter(err, true), env);
        return status + "\n" + out + err;
    }
}
