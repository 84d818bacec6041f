package org.govrules.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Wall time of {@code ./govrules ask} on a built checkout, as a person at a terminal meets it: starts the launcher
 * {@code runs} times (after one unmeasured run that builds the class-data archive) and prints the median and worst.
 *
 * <p>Usage: {@code AskWallTime <repository root> [runs]}.
 */
public final class AskWallTime {

    private AskWallTime() {}

    public static void main(String[] args) throws IOException, InterruptedException {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath();
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        List<String> command = List.of(root.resolve("govrules").toString(), "ask", "--json",
                "Can INTERPOL attend our next meeting?");
        time(command, root);
        var millis = new ArrayList<Long>();
        for (int i = 0; i < runs; i++) {
            millis.add(time(command, root));
        }
        Collections.sort(millis);
        System.out.printf("./govrules ask: %d runs, median %d ms, worst %d ms%n", runs, millis.get(runs / 2),
                millis.get(runs - 1));
    }

    private static long time(List<String> command, Path root) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).directory(root.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException("./govrules ask failed with status " + process.exitValue());
        }
        return (System.nanoTime() - start) / 1_000_000;
    }
}
