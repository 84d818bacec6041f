package org.govrules.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.govrules.assistant.Store;
import org.govrules.telegram.FakeBotApi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code serve} stopped as a service manager stops it (SIGTERM) hands polling over at once. */
class ServeStopTest {

    @TempDir
    Path dir;

    @Test
    void sigterm_releases_the_telegram_lease() throws Exception {
        // A store that outlives the JVM's shutdown, as PostgreSQL does (an H2 file shared with AUTO_SERVER is closed
        // by H2's own shutdown hook, which may come first).
        String url = "jdbc:h2:file:" + dir.resolve("govrules");
        try (var api = new FakeBotApi()) {
            var builder = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), Govrules.class.getName(), "serve", "--telegram"));
            builder.environment().putAll(java.util.Map.of("GOVRULES_DB_URL", url, "TELEGRAM_BOT_TOKEN", FakeBotApi.TOKEN,
                    "TELEGRAM_API_URL", api.url().toString()));
            builder.redirectErrorStream(true);
            Process serve = builder.start();
            var out = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
            String line;
            while ((line = out.readLine()) != null && !line.startsWith("Serving")) {
                // start-up output
            }
            assertThat(line).as("serve started").isNotNull();
            serve.destroy();
            assertThat(serve.waitFor(60, TimeUnit.SECONDS)).isTrue();
            try (var store = Store.open(url)) {
                String lease = "telegram-poll:" + FakeBotApi.TOKEN.split(":", 2)[0];
                assertThat(store.leases().acquire(lease, "the-next-instance", Duration.ofMinutes(1)))
                        .as("the stopped instance released its lease").isTrue();
            }
        }
    }
}
