package org.govrules.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.govrules.InvalidQuestionException;
import org.govrules.Question;
import org.govrules.QuestionKind;
import org.govrules.Stated;
import org.govrules.TopicSpec;
import org.govrules.internal.parse.VocabularyFile;

/**
 * The topics of one body and the facts their rules read, found in the body's DRL part by part, with the values its
 * vocabulary gives each fact. Used to refuse a structured question the rules could not read, instead of answering
 * "not addressed" for a misspelt topic or ignoring an unknown fact.
 */
final class Topics {

    /** Facts every topic may read: how the members stand (read through {@code Support}). */
    private static final List<String> POSITIONS = List.of("agreement", "agreeing", "objecting", "states-agreeing",
            "states-objecting", "states-counted");

    private static final java.util.regex.Pattern WHOLE_NUMBER = java.util.regex.Pattern.compile("\\d{1,9}");

    private final Map<String, TopicSpec> topics;

    /** Each topic's facts by name: a structured question is checked against them every time it is asked. */
    private final Map<String, Map<String, TopicSpec.FactSpec>> factsOf = new java.util.HashMap<>();

    private Topics(Map<String, TopicSpec> topics) {
        this.topics = topics;
        topics.forEach((id, spec) -> factsOf.put(id, spec.facts().stream()
                .collect(java.util.stream.Collectors.toMap(TopicSpec.FactSpec::name, f -> f, (a, b) -> a))));
    }

    /**
     * @param drl the body's DRL files: a topic reads the facts of every rule in the files (parts) that answer it,
     *            since rules of a part chain through facts of their own ("an outsider", then "in writing?")
     */
    static Topics of(Bundle bundle, VocabularyFile common, java.util.Collection<String> drl) {
        var factsByTopic = new TreeMap<String, TreeSet<String>>();
        for (String part : drl) {
            var topicsHere = NameCheck.found(NameCheck.TOPIC, part);
            var factsHere = NameCheck.found(NameCheck.FACT, part);
            topicsHere.forEach(t -> factsByTopic.computeIfAbsent(t, k -> new TreeSet<>()).addAll(factsHere));
        }
        var values = new LinkedHashMap<String, TreeSet<String>>();
        var dates = common.dateCues() == null ? java.util.Set.<String>of() : common.dateCues().keySet();
        var numbers = new TreeSet<String>(List.of("states-agreeing", "states-objecting", "states-counted"));
        for (var file : List.of(common, bundle.vocabulary())) {
            if (file.facts() != null) {
                file.facts().forEach(f -> values.computeIfAbsent(f.name(), k -> new TreeSet<>()).add(f.value()));
            }
            if (file.patterns() != null) {
                file.patterns().forEach(p -> numbers.add(p.name()));
            }
        }
        var specs = new LinkedHashMap<String, TopicSpec>();
        for (var entry : bundle.vocabulary().topics() == null ? List.<VocabularyFile.TopicEntry>of()
                : bundle.vocabulary().topics()) {
            var kinds = EnumSet.noneOf(QuestionKind.class);
            if (entry.kinds() == null || entry.kinds().isEmpty()) {
                kinds.addAll(EnumSet.allOf(QuestionKind.class));
            } else {
                entry.kinds().forEach(k -> kinds.add(QuestionKind.valueOf(k.toUpperCase(Locale.ROOT))));
            }
            var names = new TreeSet<String>(factsByTopic.getOrDefault(entry.id(), new TreeSet<>()));
            names.addAll(POSITIONS);
            var facts = names.stream().map(n -> new TopicSpec.FactSpec(n,
                    dates.contains(n) ? "date" : numbers.contains(n) ? "number" : "word",
                    dates.contains(n) || numbers.contains(n) ? List.of()
                            : List.copyOf(values.getOrDefault(n, new TreeSet<>())))).toList();
            specs.put(entry.id(), new TopicSpec(bundle.body().id(), entry.id(), kinds, facts));
        }
        return new Topics(specs);
    }

    List<TopicSpec> list() {
        return List.copyOf(topics.values());
    }

    /** Refuses a question whose topic, facts or values the rules could not read. */
    void check(Question question) {
        if (question.topic() == null) {
            return;   // a question the parser could not understand is answered as such
        }
        TopicSpec topic = topics.get(question.topic());
        if (topic == null) {
            throw new InvalidQuestionException("The " + question.body() + " has no topic '" + question.topic()
                    + "'. Topics: " + String.join(", ", topics.keySet()) + ".");
        }
        for (Stated fact : question.facts()) {
            var spec = Optional.ofNullable(factsOf.get(topic.id()).get(fact.name()))
                    .orElseThrow(() -> new InvalidQuestionException("No rule of topic '" + topic.id() + "' reads a fact '"
                            + fact.name() + "'. Facts it reads: " + String.join(", ", topic.facts().stream()
                            .map(TopicSpec.FactSpec::name).toList()) + "."));
            String value = fact.value();
            switch (spec.type()) {
                case "date" -> {
                    try {
                        LocalDate.parse(value);
                    } catch (DateTimeParseException e) {
                        throw new InvalidQuestionException("Fact '" + fact.name() + "' takes a date (YYYY-MM-DD), not '"
                                + value + "'.");
                    }
                }
                case "number" -> {
                    if (!WHOLE_NUMBER.matcher(value).matches()) {
                        throw new InvalidQuestionException("Fact '" + fact.name() + "' takes a whole number, not '"
                                + value + "'.");
                    }
                }
                default -> {
                    if (!spec.values().isEmpty() && !spec.values().contains(value)) {
                        throw new InvalidQuestionException("Fact '" + fact.name() + "' takes one of "
                                + String.join(", ", spec.values()) + "; not '" + value + "'.");
                    }
                }
            }
        }
    }

}
