package org.govrules.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kill the process in the middle of a batch of reminders (no clean shutdown), start it again: every reminder is
 * delivered exactly once. The store is an H2 file shared between the processes.
 */
class CrashRecoveryTest {

    @TempDir
    Path dir;

    private Process sender(String url, Path out, int dieAfter, int seconds) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                CrashingSender.class.getName(), url, out.toString(), String.valueOf(dieAfter), String.valueOf(seconds))
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("sender.log").toFile())
                .start();
    }

    @Test
    void a_process_killed_mid_batch_leaves_every_reminder_to_be_delivered_once() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("store") + ";AUTO_SERVER=TRUE";
        Path out = dir.resolve("sent.txt");
        int subscribers = 30;
        try (Store store = Store.open(url)) {
            var a = Assistant.open(AssistantContract.RULES, store, AssistantContract.clockAt("2026-03-02"));
            for (int i = 0; i < subscribers; i++) {
                store.subscriptions().subscribe(new Subscription("test", "fp-" + i, "wg-as", List.of(7, 1)));
            }
            AssistantContract.transmitToday(a, LocalDate.parse("2026-03-02"));
        }

        Process first = sender(url, out, 17, 60);
        assertThat(first.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(first.exitValue()).as("the first process died mid-batch").isEqualTo(137);
        assertThat(Files.readAllLines(out)).hasSize(17);

        Process second = sender(url, out, -1, 25);
        assertThat(second.waitFor(90, TimeUnit.SECONDS)).isTrue();

        List<String> sent = Files.readAllLines(out);
        assertThat(sent).hasSize(2 * subscribers).doesNotHaveDuplicates();
        try (Store store = Store.open(url)) {
            assertThat(store.deliveries().all()).hasSize(2 * subscribers)
                    .allSatisfy(d -> assertThat(d.status()).isEqualTo("sent"));
        }
    }
}
