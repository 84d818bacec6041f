package org.govrules.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.govrules.Rulebook;
import org.govrules.assistant.Assistant;
import org.govrules.assistant.Commands;
import org.govrules.assistant.Reply;
import org.govrules.assistant.Request;
import org.govrules.assistant.Store;
import picocli.CommandLine.Command;

/**
 * {@code govrules chat}: the bot's conversation in the terminal, to try it without Telegram. Each line is a question
 * or a command (help, deadlines, subscribe, provision, record ...); an empty line or end of input ends it. The person at
 * the terminal may record events, as they could with {@code ./govrules record}.
 */
@Command(name = "chat", mixinStandardHelpOptions = true, description = "The bot's conversation in the terminal.")
final class ChatCommand extends RulebookCommand implements Callable<Integer> {

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
        var assistant = Assistant.open(rulebook(), store.get(), java.time.Clock.systemUTC());
        var commands = new Commands(assistant, Assistant.remindDays(env.get("GOVRULES_REMIND_DAYS")));
        out().println("Ask a question about a body's rules, or type help. An empty line ends the chat.");
        out().print("> ");
        out().flush();
        String line;
        while ((line = in.readLine()) != null && !line.isBlank()) {
            Reply reply = commands.handle(new Request("terminal", System.getProperty("user.name", "terminal"), true, line));
            out().println(reply.kind() == Reply.Kind.ANSWER ? AnswerText.render(reply.answer()) : reply.text());
            out().print("\n> ");
            out().flush();
        }
        return 0;
    }
}
