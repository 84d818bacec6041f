package org.govrules.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The zip an official installs: unpacked into an empty directory and run with an empty {@code HOME}, a {@code PATH}
 * with Java and the basic shell tools but no Maven, from a third directory. It answers, and writes nothing outside
 * {@code HOME/.govrules}.
 */
class InstalledZipIT {

    @TempDir
    static Path dir;
    static Path install;
    static Path home;
    static Path work;
    static Path bin;

    @BeforeAll
    static void unpack() throws IOException {
        Path zip = Path.of(System.getProperty("govrules.zip"));
        install = Files.createDirectory(dir.resolve("install"));
        home = Files.createDirectory(dir.resolve("home"));
        work = Files.createDirectory(dir.resolve("work"));
        try (var archive = new ZipFile(zip.toFile())) {
            for (var entry : java.util.Collections.list(archive.entries())) {
                Path target = install.resolve(entry.getName()).normalize();
                assertThat(target.startsWith(install)).as(entry.getName()).isTrue();
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    try (InputStream in = archive.getInputStream(entry)) {
                        Files.copy(in, target);
                    }
                }
            }
        }
        // unzip keeps the launcher's mode (0755 in the zip); java.util.zip does not read it.
        Files.setPosixFilePermissions(install.resolve("govrules-" + version()).resolve("govrules"),
                PosixFilePermissions.fromString("rwxr-xr-x"));
        // The tools the launcher uses, and Java; not Maven.
        bin = Files.createDirectory(dir.resolve("bin"));
        Files.createSymbolicLink(bin.resolve("java"), Path.of(System.getProperty("java.home"), "bin", "java"));
        for (String tool : List.of("bash", "sed", "head", "cksum", "cut", "flock", "readlink", "dirname", "mkdir", "mv",
                "rm", "env")) {
            for (String where : List.of("/usr/bin/", "/bin/")) {
                if (Files.isExecutable(Path.of(where + tool)) && !Files.exists(bin.resolve(tool))) {
                    Files.createSymbolicLink(bin.resolve(tool), Path.of(where + tool));
                }
            }
        }
    }

    private static String[] run(String... args) throws Exception {
        Path launcher = install.resolve("govrules-" + version()).resolve("govrules");
        var command = new ArrayList<>(List.of(launcher.toString()));
        command.addAll(List.of(args));
        var builder = new ProcessBuilder(command).directory(work.toFile());
        builder.environment().clear();
        builder.environment().put("HOME", home.toString());
        builder.environment().put("PATH", bin.toString());
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new String[] {String.valueOf(process.exitValue()), out, err};
    }

    private static String version() throws IOException {
        try (Stream<Path> top = Files.list(install)) {
            return top.findFirst().orElseThrow().getFileName().toString().substring("govrules-".length());
        }
    }

    private static Set<String> files(Path root) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            return all.map(p -> root.relativize(p).toString()).collect(java.util.stream.Collectors.toCollection(TreeSet::new));
        }
    }

    @Test
    void the_unpacked_zip_answers_quotes_and_lists_deadlines_without_maven_writing_only_under_home() throws Exception {
        Set<String> installed = files(install);

        String[] ask = run("ask", "Can INTERPOL attend our next meeting?");
        assertThat(ask[0]).as(ask[2]).isEqualTo("0");
        assertThat(ask[1]).contains("wg-as-tor:7");
        assertThat(ask[2]).isEmpty();

        String[] provision = run("provision", "wg-as-tor:7");
        assertThat(provision[0]).isEqualTo("0");
        assertThat(provision[1]).contains("Resource Panel");

        String[] deadlines = run("deadlines", "--json");
        assertThat(deadlines[0]).as(deadlines[2]).isEqualTo("0");
        assertThat(deadlines[1].strip()).startsWith("[");

        assertThat(files(install)).isEqualTo(installed);
        assertThat(files(work)).containsExactly("");
        assertThat(files(home)).allMatch(f -> f.isEmpty() || f.equals(".govrules") || f.startsWith(".govrules/"));
        assertThat(files(home)).anyMatch(f -> f.startsWith(".govrules/cds/") && f.endsWith(".jsa"));
    }

    @Test
    void an_old_java_is_refused_with_a_clear_message() throws Exception {
        Path fake = Files.createDirectories(dir.resolve("java11/bin")).resolve("java");
        Files.writeString(fake, "#!/bin/bash\necho 'openjdk version \"11.0.2\" 2019-01-15' >&2\n");
        Files.setPosixFilePermissions(fake, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path launcher = install.resolve("govrules-" + version()).resolve("govrules");
        var builder = new ProcessBuilder(launcher.toString(), "ask", "x").directory(work.toFile());
        builder.environment().clear();
        builder.environment().put("HOME", home.toString());
        builder.environment().put("PATH", bin.toString());
        builder.environment().put("JAVA_HOME", dir.resolve("java11").toString());
        Process process = builder.start();
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isEqualTo(1);
        assertThat(err).contains("Java 17 or newer is needed").contains("Java 11");
    }
}
