package org.govrules.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
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
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code govrules ask}: a question in plain English, answered with a verdict and the provisions it rests on. */
@Command(name = "ask", mixinStandardHelpOptions = true, description = "Ask a question in plain English.")
final class AskCommand extends RulebookCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @CommandLine.Mixin
    ScopeOptions scope;

    @CommandLine.Option(names = "--explain", description = "Also print how the question was read: body, topic, facts"
            + " taken from the sentence, the date used, the topics that competed, and the rules that fired.")
    boolean explain;

    @Parameters(arity = "1..*", paramLabel = "QUESTION", description = "The question.")
    List<String> words;

    AskCommand(Supplier<Rulebook> rulebook) {
        super(rulebook);
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
        try {
            answer = rulebook().ask(question, context);
            // Read again only when shown: the plain answer does not need the trace.
            reading = scope.json || explain ? rulebook().read(question, context) : null;
        } catch (UnknownBodyException e) {
            throw usage(e.getMessage());
        }
        var out = out();
        if (scope.json) {
            var json = asJson(answer);
            json.put("as_of", answer.question().asOf().toString());
            json.put("interpretation", asJson(reading));
            out.println(JSON.writeValueAsString(json));
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

    /** How the question was read, for {@code ask --json}. */
    static Map<String, Object> asJson(Reading reading) {
        var map = new LinkedHashMap<String, Object>();
        map.put("body", reading.body().isEmpty() ? null : reading.body());
        map.put("topic", reading.topic());
        map.put("act", reading.act() == org.govrules.QuestionKind.PERMISSION ? "yes-no" : "information");
        map.put("question_sentence", reading.questionSentence());
        map.put("facts", reading.facts().stream().map(f -> Map.of("name", f.name(), "value", f.value())).toList());
        map.put("as_of", reading.asOf().toString());
        map.put("as_of_from", reading.asOfSource());
        return map;
    }

    /** The object the README's command-line contract defines, fields in its order. */
    static Map<String, Object> asJson(Answer answer) {
        var map = new LinkedHashMap<String, Object>();
        map.put("question", answer.question().text());
        map.put("body", answer.body().isEmpty() ? null : answer.body());
        map.put("kind", answer.kind().label());
        map.put("verdict", answer.verdict() == null ? null : answer.verdict().name());
        map.put("answer", answer.text());
        map.put("conditions", answer.conditions());
        var provisions = new java.util.ArrayList<Map<String, String>>();
        for (var p : answer.provisions()) {
            var cited = new LinkedHashMap<String, String>();
            cited.put("id", p.id());
            cited.put("text", p.text());
            provisions.add(cited);
        }
        map.put("provisions", provisions);
        map.put("rules", answer.rules().stream().map(r -> r.name()).toList());
        return map;
    }
}
