package org.govrules.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.govrules.Body;
import org.govrules.Deadline;
import org.govrules.Rulebook;
import org.govrules.UnknownBodyException;
import org.govrules.assistant.Assistant;
import org.govrules.assistant.DeadlineJson;
import org.govrules.assistant.DeadlineCalendar;
import org.govrules.assistant.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code govrules deadlines}: every deadline the rules derive from the recorded events, soonest first. */
@Command(name = "deadlines", mixinStandardHelpOptions = true, resourceBundle = "org.govrules.app.DeadlinesCommand", description = "List deadlines derived from the recorded events, soonest first.")
final class DeadlinesCommand extends RulebookCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @picocli.CommandLine.Mixin
    ScopeOptions scope;

    @Option(names = "--ics", paramLabel = "FILE", description = "Also write the deadlines as an iCalendar file.")
    Path ics;

    private final Supplier<Store> store;

    DeadlinesCommand(Supplier<Rulebook> rulebook, Supplier<Store> store) {
        super(rulebook);
        this.store = store;
    }

    @Override
    public Integer call() throws IOException {
        List<Body> bodies;
        try {
            bodies = scope.body == null ? rulebook().bodies() : List.of(rulebook().body(scope.body));
        } catch (UnknownBodyException e) {
            throw usage(e.getMessage());
        }
        var assistant = Assistant.open(rulebook(), store.get(), java.time.Clock.systemUTC());
        List<Deadline> deadlines = assistant.deadlines(bodies.stream().map(Body::id).toList(),
                java.util.Optional.ofNullable(scope.asOf));
        if (scope.json) {
            out().println(JSON.writeValueAsString(deadlines.stream()
                    .map(d -> DeadlineJson.of(d, rulebook().body(d.body()).reckoning().zone())).toList()));
        } else if (deadlines.isEmpty()) {
            out().println("No deadlines: record events first, e.g. ./govrules record meeting-scheduled meeting=M1"
                    + " date=2026-06-10");
        } else {
            // The body column as wide as the longest body id listed, so the descriptions line up.
            String row = "%s  %-7s %-" + deadlines.stream().mapToInt(d -> d.body().length()).max().orElse(0) + "s  %s (%s)%n";
            deadlines.forEach(d -> out().printf(row, d.due(), d.status().label(), d.body(), d.what(), d.provision()));
        }
        if (ics != null) {
            try {
                Files.writeString(ics, DeadlineCalendar.of(deadlines, rulebook()::body, java.time.Instant.now()), StandardCharsets.UTF_8);
            } catch (java.nio.file.NoSuchFileException e) {
                throw new IOException("Cannot write the calendar to " + ics + ": the directory "
                        + ics.toAbsolutePath().getParent() + " does not exist", e);
            } catch (java.nio.file.AccessDeniedException e) {
                throw new IOException("Cannot write the calendar to " + ics + ": permission denied", e);
            }
            spec.commandLine().getErr().println("Wrote " + deadlines.size() + " deadline(s) to " + ics);
        }
        out().flush();
        return 0;
    }
}
