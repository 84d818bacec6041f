package org.govrules.assistant;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import org.govrules.Answer;
import org.govrules.QuestionKind;
import org.govrules.Reading;

/**
 * An answer as the JSON object every machine-readable channel gives ({@code ask --json}, the HTTP API, the decision
 * log): the contract's fields in its order ({@code question}, {@code body}, {@code kind}, {@code verdict},
 * {@code answer}, {@code conditions}, {@code provisions}, {@code rules}), then {@code as_of}, {@code parts},
 * {@code interpretation} and {@code kb_version}. Maps and lists only, ready for any JSON writer.
 */
public final class AnswerJson {

    private AnswerJson() {}

    /**
     * The whole object.
     *
     * @param reading   how the question was read, or {@code null} to leave {@code interpretation} out
     * @param kbVersion the knowledge base's version ({@link org.govrules.Rulebook#version()})
     */
    public static Map<String, Object> of(Answer answer, Reading reading, String kbVersion) {
        var map = contract(answer);
        map.put("as_of", answer.question().asOf().toString());
        map.put("parts", answer.parts().stream().map(part -> {
            var json = contract(part);
            json.put("as_of", part.question().asOf().toString());
            return json;
        }).toList());
        if (reading != null) {
            map.put("interpretation", of(reading));
        }
        map.put("kb_version", kbVersion);
        return map;
    }

    /** The contract's fields, in its order. */
    static Map<String, Object> contract(Answer answer) {
        var map = new LinkedHashMap<String, Object>();
        map.put("question", answer.question().text());
        map.put("body", answer.body().isEmpty() ? null : answer.body());
        map.put("kind", answer.kind().label());
        map.put("verdict", answer.verdict() == null ? null : answer.verdict().name());
        map.put("answer", answer.text());
        map.put("conditions", answer.conditions());
        var provisions = new ArrayList<Map<String, String>>();
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

    /** How the question was read: body, topic, act, the sentence that asks, the facts taken, the date used. */
    public static Map<String, Object> of(Reading reading) {
        var map = new LinkedHashMap<String, Object>();
        map.put("body", reading.body().isEmpty() ? null : reading.body());
        map.put("topic", reading.topic());
        map.put("act", reading.act() == QuestionKind.PERMISSION ? "yes-no" : "information");
        map.put("question_sentence", reading.questionSentence());
        map.put("facts", reading.facts().stream().map(f -> {
            var fact = new LinkedHashMap<String, String>();
            fact.put("name", f.name());
            fact.put("value", f.value());
            return fact;
        }).toList());
        map.put("as_of", reading.asOf().toString());
        map.put("as_of_from", reading.asOfSource());
        map.put("possible_bodies", reading.possibleBodies());
        map.put("problems", reading.problems());
        return map;
    }
}
