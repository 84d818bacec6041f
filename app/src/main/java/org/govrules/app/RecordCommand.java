package org.govrules.app;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.govrules.Event;
import org.govrules.RefusedEventException;
import org.govrules.Rulebook;
import org.govrules.UnknownBodyException;
import org.govrules.assistant.Assistant;
import org.govrules.assistant.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code govrules record}: records an event in the store, after the rules have checked it against the ledger. A refused
 * event prints why on standard error, writes nothing, and exits 1.
 */
@Command(name = "record", mixinStandardHelpOptions = true, description = "Record an event, e.g.: record summary-record-transmitted meeting=M1")
final class RecordCommand extends RulebookCommand implements Callable<Integer> {

    @Option(names = "--body", paramLabel = "ID",
            description = "The body (default: the one body that records this event).")
    String body;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "When it happened (default: today).")
    LocalDate date;

    @Parameters(index = "0", paramLabel = "EVENT", description = "The event type.")
    String type;

    @Parameters(index = "1..*", paramLabel = "KEY=VALUE", description = "The event's keys.")
    List<String> keys = List.of();

    /** The events each body records, with their keys ([optional] in brackets), for {@code record --help}. */
    static String events(Rulebook rules) {
        var text = new StringBuilder("\nEvents (KEY=VALUE after the event; dates YYYY-MM-DD; states by ISO code or name):\n");
        for (var body : rules.bodies()) {
            var types = rules.eventTypes(body.id());
            if (!types.isEmpty()) {
                text.append("  ").append(body.id()).append(" (").append(body.shortName()).append("):\n");
                types.forEach(t -> text.append("    ").append(t.usage()).append("\n"));
            }
        }
        return text.toString();
    }

    private final Supplier<Store> store;

    RecordCommand(Supplier<Rulebook> rulebook, Supplier<Store> store) {
        super(rulebook);
        this.store = store;
    }

    @Override
    public Integer call() {
        var details = new HashMap<String, String>();
        for (String pair : keys) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw usage("'" + pair + "' is not KEY=VALUE, e.g. meeting=M1.");
            }
            if (details.put(pair.substring(0, eq).strip(), pair.substring(eq + 1)) != null) {
                throw usage("'" + pair.substring(0, eq).strip() + "=' is given twice; give each key once.");
            }
        }
        try {
            String body = this.body != null ? this.body : rulebook().bodyRecording(type);
            var assistant = Assistant.open(rulebook(), store.get(), java.time.Clock.systemUTC());
            LocalDate day = date != null ? date : assistant.today(body);
            Event recorded = assistant.record(new Event(body, type, day, details), "command line");
            out().println("Recorded for " + body + ": " + recorded.type() + " on " + recorded.date()
                    + (recorded.details().isEmpty() ? "" : " " + recorded.details()));
            out().flush();
            return 0;
        } catch (UnknownBodyException e) {
            throw usage(e.getMessage());
        } catch (RefusedEventException e) {
            spec.commandLine().getErr().println("govrules: refused: " + e.getMessage());
            return 1;
        }
    }
}
