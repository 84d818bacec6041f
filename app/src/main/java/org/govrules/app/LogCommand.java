package org.govrules.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.govrules.Rulebook;
import org.govrules.UnknownBodyException;
import org.govrules.assistant.Decision;
import org.govrules.assistant.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code govrules log}: the decision log, oldest first: when, through which channel, to whom (a pseudonym), what was
 * asked, the verdict, the provisions cited and the knowledge base that answered.
 */
@Command(name = "log", mixinStandardHelpOptions = true, description = "The answers the channels gave (the decision log).")
final class LogCommand extends RulebookCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Option(names = "--since", paramLabel = "YYYY-MM-DD", description = "From this day on (UTC); default: all kept.")
    LocalDate since;

    @Option(names = "--body", paramLabel = "ID", description = "Only the answers of this body.")
    String body;

    @Option(names = "--limit", paramLabel = "N", description = "At most the last N answers (default: ${DEFAULT-VALUE}).")
    int limit = 1000;

    @Option(names = "--json", description = "Print a JSON array, each answer with the whole answer it gave.")
    boolean json;

    private final Supplier<Store> store;

    LogCommand(Supplier<Rulebook> rulebook, Supplier<Store> store) {
        super(rulebook);
        this.store = store;
    }

    @Override
    public Integer call() throws IOException {
        if (limit < 1) {
            throw usage("--limit must be at least 1");
        }
        String bodyId = null;
        if (body != null) {
            try {
                bodyId = rulebook().body(body).id();
            } catch (UnknownBodyException e) {
                throw usage(e.getMessage());
            }
        }
        Instant from = since == null ? Instant.EPOCH : since.atStartOfDay(ZoneOffset.UTC).toInstant();
        List<Decision> decisions = store.get().decisions().since(from, bodyId, limit);
        if (json) {
            var rows = new java.util.ArrayList<Object>();
            for (Decision d : decisions) {
                var row = new LinkedHashMap<String, Object>();
                row.put("answered_at", d.answeredAt().toString());
                row.put("channel", d.channel());
                row.put("asker", d.asker());
                row.put("body", d.body());
                row.put("question", d.question());
                row.put("verdict", d.verdict());
                row.put("provisions", d.provisions());
                row.put("kb_version", d.kbVersion());
                row.put("answer", JSON.readTree(d.answerJson()));
                rows.add(row);
            }
            out().println(JSON.writeValueAsString(rows));
        } else if (decisions.isEmpty()) {
            out().println("No answers in the decision log" + (since == null ? "" : " since " + since)
                    + (bodyId == null ? "" : " for " + bodyId) + ". The channels of ./govrules serve keep them.");
        } else {
            for (Decision d : decisions) {
                out().printf("%s  %-8s %s  %-8s %-13s %-18s %s%n", d.answeredAt(), d.channel(), d.asker(),
                        d.body() == null ? "-" : d.body(), d.verdict() == null ? "information" : d.verdict(),
                        String.join(",", d.provisions()), d.question().replaceAll("\\s+", " "));
            }
        }
        out().flush();
        return 0;
    }
}
