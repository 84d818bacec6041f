package org.govrules.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.govrules.Rulebook;
import org.govrules.assistant.Assistant;
import org.govrules.assistant.Commands;
import org.govrules.assistant.DecisionLogging;
import org.govrules.assistant.Reply;
import org.govrules.assistant.Request;
import org.govrules.assistant.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code govrules chat}: the bot's conversation in the terminal, to try it without Telegram. Each line is a question
 * or a command (help, deadlines, subscribe, provision, record ...); "quit" or the end of input (Ctrl-D) ends it, an empty
 * line does not (a pasted question often has one). The person at the terminal may record events, as they could with
 * {@code ./govrules record}.
 */
@Command(name = "chat", mixinStandardHelpOptions = true, description = "The bot's conversation in the terminal.")
final class ChatCommand extends RulebookCommand implements Callable<Integer> {

    @Option(names = "--log", description = "Keep the answers in the decision log (channel cli), as the bots keep theirs.")
    boolean log;

    private final Supplier<Store> store;
    private final Map<String, String> env;
    private final BufferedReader in;

    ChatCommand(Supplier<Rulebook> rulebook, Supplier<Store> store, Map<String, String> env, BufferedReader in) {
        super(rulebook);
        this.store = store;
        this.env = env;
        this.in = in;
    }

    @Override
    public Integer call() throws IOException {
        DecisionLogging logging = log ? loggingAsked(env) : DecisionLogging.off();
        List<Integer> days;
        try {
            days = Assistant.remindDays(env.get("GOVRULES_REMIND_DAYS"));
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
        try (var assistant = Assistant.open(rulebook(), store.get(), java.time.Clock.systemUTC(),
                new SimpleMeterRegistry(), logging)) {
            var commands = new Commands(assistant, days);
            out().println("Ask a question about a body's rules, or type help. Type quit (or Ctrl-D) to end.");
            out().print("> ");
            out().flush();
            Line line;
            while ((line = Line.read(in, Commands.MAX_LENGTH)) != null && !QUIT.matcher(line.text()).matches()) {
                if (line.length() > Commands.MAX_LENGTH) {
                    out().println("That line is " + line.length() + " characters long; please ask one thing at a time,"
                            + " in at most " + Commands.MAX_LENGTH + " characters.");
                } else if (!line.text().isBlank()) {
                    Reply reply = commands.handle(new Request(log ? "cli" : "terminal",
                            env.getOrDefault("USER", "terminal"), true, line.text()));
                    out().println(reply.kind() == Reply.Kind.ANSWER ? AnswerText.render(reply.answer(), "provision ID") : reply.text());
                    out().println();
                }
                out().print("> ");
                out().flush();
            }
        }
        return 0;
    }

    /**
     * A line of input, of which at most {@code limit} characters are kept: a pasted file or a runaway pipe must not
     * fill the memory (a 300 MB line did).
     *
     * @param length the line's whole length
     */
    record Line(String text, long length) {
        /** The next line, or null at the end of input. */
        static Line read(BufferedReader in, int limit) throws IOException {
            var kept = new StringBuilder();
            long length = 0;
            int c = in.read();
            if (c == -1) {
                return null;
            }
            for (; c != -1 && c != '\n'; c = in.read()) {
                if (length++ < limit) {
                    kept.append((char) c);
                }
            }
            if (kept.length() > 0 && kept.charAt(kept.length() - 1) == '\r') {
                kept.setLength(kept.length() - 1);
                length--;
            }
            return new Line(kept.toString(), length);
        }
    }

    private static final java.util.regex.Pattern QUIT = java.util.regex.Pattern.compile(
            "(?i)\\s*/?(quit|exit|bye)\\s*");


}
