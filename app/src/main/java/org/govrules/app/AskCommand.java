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
        try {
            answer = rulebook().ask(question, new AskContext(Optional.ofNullable(scope.body),
                    Optional.ofNullable(scope.asOf)));
        } catch (UnknownBodyException e) {
            throw usage(e.getMessage());
        }
        var out = out();
        out.println(scope.json ? JSON.writeValueAsString(asJson(answer)) : AnswerText.render(answer));
        out.flush();
        return 0;
    }

    /** The object SPEC §4 defines, fields in its order. */
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
