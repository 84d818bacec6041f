package org.govrules.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.govrules.Answer;
import org.govrules.AskContext;
import org.govrules.Reading;
import org.govrules.Rulebook;
import org.govrules.UnknownBodyException;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.govrules.assistant.AnswerJson;
import org.govrules.assistant.Assistant;
import org.govrules.assistant.DecisionLogging;
import org.govrules.assistant.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code govrules ask}: a question in plain English, answered with a verdict and the provisions it rests on. */
@Command(name = "ask", mixinStandardHelpOptions = true, resourceBundle = "org.govrules.app.AskCommand", description = "Ask a question in plain English.")
final class AskCommand extends RulebookCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @CommandLine.Mixin
    ScopeOptions scope;

    @CommandLine.Option(names = "--explain", description = "Also print how the question was read: body, topic, facts"
            + " taken from the sentence, the date used, the topics that competed, and the rules that fired.")
    boolean explain;

    @CommandLine.Option(names = "--log", description = "Also keep the answer in the decision log (channel cli), as"
            + " the bots keep theirs.")
    boolean log;

    @Parameters(arity = "1..*", paramLabel = "QUESTION", description = "The question.")
    List<String> words;

    private final Supplier<Store> store;
    private final Map<String, String> env;

    AskCommand(Supplier<Rulebook> rulebook, Supplier<Store> store, Map<String, String> env) {
        super(rulebook);
        this.store = store;
        this.env = env;
    }

    @Override
    public Integer call() throws JsonProcessingException {
        String question = String.join(" ", words);
        if (question.isBlank()) {
            throw usage("The question is empty: ask something, e.g."
                    + " ./govrules ask \"Can INTERPOL attend our next meeting?\"");
        }
        Answer answer;
        Reading reading;
        var context = new AskContext(Optional.ofNullable(scope.body), Optional.ofNullable(scope.asOf));
        DecisionLogging logging = log ? loggingAsked(env) : null;
        try {
            if (log) {
                try (var assistant = Assistant.open(rulebook(), store.get(), java.time.Clock.systemUTC(),
                        new SimpleMeterRegistry(), logging)) {
                    var given = assistant.ask("cli", env.getOrDefault("USER", "command line"), question, context);
                    answer = given.answer();
                    reading = given.reading();
                }
            } else {
                answer = rulebook().ask(question, context);
                // Read again only when shown: the plain answer does not need the trace.
                reading = scope.json || explain ? rulebook().read(question, context) : null;
            }
        } catch (UnknownBodyException e) {
            throw usage(e.getMessage());
        }
        var out = out();
        if (scope.json) {
            out.println(JSON.writeValueAsString(AnswerJson.of(answer, reading, rulebook().version())));
        } else {
            out.println(AnswerText.render(answer));
            if (explain) {
                out.println();
                out.println(ReadingText.render(reading, answer));
            }
        }
        out.flush();
        return 0;
    }
}
