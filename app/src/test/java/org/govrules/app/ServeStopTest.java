package org.govrules.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.govrules.telegram.FakeBotApi;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code serve} stopped as a service manager stops it (SIGTERM) hands polling over to a standby at once. */
@Tag("fault")
class ServeStopTest {

    @TempDir
    Path dir;

    @Test
    void on_sigterm_a_standby_takes_over_polling_within_five_seconds() throws Exception {
        // A store that outlives the JVM's shutdown, as PostgreSQL does (an H2 file shared with AUTO_SERVER is closed
        // by H2's own shutdown hook, which may come first). Both instances reach it through one H2 server.
        try (var api = new FakeBotApi()) {
            var h2 = org.h2.tools.Server.createTcpServer("-tcpPort", "0", "-ifNotExists").start();
            try {
                var env = Map.of("GOVRULES_DB_URL", "jdbc:h2:tcp://localhost:" + h2.getPort() + "/"
                        + dir.resolve("govrules"), "TELEGRAM_BOT_TOKEN", FakeBotApi.TOKEN,
                        "TELEGRAM_API_URL", api.url().toString());
                Served first = Served.start(env, "serve", "--telegram");
                first.await("This instance now polls the Bot API", 60);
                Served standby = Served.start(env, "serve", "--telegram");
                standby.await("Serving", 60);

                long stopped = System.nanoTime();
                first.process.destroy();
                assertThat(first.process.waitFor(30, TimeUnit.SECONDS)).isTrue();
                standby.await("This instance now polls the Bot API", 5);
                assertThat(System.nanoTime() - stopped).isLessThan(TimeUnit.SECONDS.toNanos(5));
                standby.process.destroy();
                assertThat(standby.process.waitFor(30, TimeUnit.SECONDS)).isTrue();
            } finally {
                h2.stop();
            }
        }
    }

    /** A {@code ./govrules} process of its own, its output read line by line as it comes. */
    record Served(Process process, BlockingQueue<String> lines) {

        static Served start(Map<String, String> env, String... args) throws Exception {
            var command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                    .toString(), "-cp", System.getProperty("java.class.path"), Govrules.class.getName()));
            command.addAll(List.of(args));
            var builder = new ProcessBuilder(command).redirectErrorStream(true);
            builder.environment().putAll(env);
            Process process = builder.start();
            var lines = new LinkedBlockingQueue<String>();
            var reader = new Thread(() -> {
                try (var out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                    out.lines().forEach(lines::add);
                } catch (java.io.IOException | java.io.UncheckedIOException ignored) {
                    // the process ended
                }
            });
            reader.setDaemon(true);
            reader.start();
            return new Served(process, lines);
        }

        /** Waits for a line containing the text; returns it. */
        String await(String text, int seconds) throws InterruptedException {
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            String line;
            while ((line = lines.poll(Math.max(1, until - System.nanoTime()), TimeUnit.NANOSECONDS)) != null) {
                if (line.contains(text)) {
                    return line;
                }
            }
            throw new AssertionError("no line with '" + text + "' within " + seconds + " s");
        }
    }
}
