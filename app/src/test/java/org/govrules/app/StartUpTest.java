package org.govrules.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The command line as a fresh JVM runs it: nothing on standard error when nothing went wrong. */
class StartUpTest {

    @Test
    void a_command_that_succeeds_writes_nothing_to_standard_error() throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        // The command line's own logging configuration, not a test one another module's test jar brings along.
        String logging = Path.of(Govrules.class.getResource("/logback.xml").getPath()).toString();
        var process = new ProcessBuilder(List.of(java.toString(), "-Dlogback.configurationFile=" + logging,
                "-cp", System.getProperty("java.class.path"), Govrules.class.getName(), "provision", "wg-as-tor:5"))
                .start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).isZero();
        assertThat(out).contains("The WG on AS shall be convened annually.");
        assertThat(err).doesNotContain("SLF4J").isBlank();
    }
}
