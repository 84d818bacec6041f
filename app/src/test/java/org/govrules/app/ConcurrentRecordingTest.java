package org.govrules.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two secretariat scripts (or a person beside the bot) recording into the default H2 store at once: every record
 * succeeds and is kept. Separate JVMs, as in life: within one JVM, H2 never races for its file.
 */
@Tag("fault")
class ConcurrentRecordingTest {

    @TempDir
    Path dir;

    @Test
    void records_from_two_processes_at_once_all_succeed() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("govrules") + ";AUTO_SERVER=TRUE";
        int perLoop = 2;
        var pool = Executors.newFixedThreadPool(2);
        var loops = new ArrayList<Callable<List<String>>>();
        for (int loop = 0; loop < 2; loop++) {
            int l = loop;
            loops.add(() -> {
                var failures = new ArrayList<String>();
                for (int i = 0; i < perLoop; i++) {
                    var process = new ProcessBuilder(List.of(
                            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                            // The launcher's flags for a one-shot command: a script's record starts as it does there.
                            "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                            "-cp", System.getProperty("java.class.path"), Govrules.class.getName(),
                            "record", "meeting-scheduled", "meeting=L" + l + "M" + i, "date=2026-0" + (i + 1) + "-1" + l));
                    process.environment().put("GOVRULES_DB_URL", url);
                    Process p = process.start();
                    p.waitFor(120, TimeUnit.SECONDS);
                    if (p.exitValue() != 0) {
                        failures.add(new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
                    }
                }
                return failures;
            });
        }
        var failures = new ArrayList<String>();
        for (var result : pool.invokeAll(loops)) {
            failures.addAll(result.get());
        }
        pool.shutdown();
        assertThat(failures).isEmpty();
        try (var store = org.govrules.assistant.Store.open(url)) {
            var meetings = store.ledger().events("wg-as").events().stream().map(e -> e.get("meeting")).toList();
            assertThat(meetings).hasSize(2 * perLoop).contains("L0M0", "L1M" + (perLoop - 1));
        }
    }
}
