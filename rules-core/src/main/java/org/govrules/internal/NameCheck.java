package org.govrules.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govrules.Verdict;
import org.govrules.internal.parse.VocabularyFile;

/**
 * Checks that every name a rule uses is declared in its folder, and every name a folder declares is used: topics
 * (vocabulary), facts a question states (vocabulary), event types and keys ({@code events.yaml}), roles
 * ({@code body.yaml} or the common vocabulary). Also that scenario rows cite their own body's provisions. What
 * {@code opa check --strict} does for policies: a misspelt name otherwise fails silently, as a rule that never fires.
 */
public final class NameCheck {

    /** Facts the question parser states itself and {@link org.govrules.rules.Support} reads: declared by the engine. */
    private static final Set<String> ENGINE_FACTS = Set.of("agreement", "agreeing", "objecting", "states-agreeing",
            "states-objecting", "states-counted", "asks");
    static final Pattern TOPIC = Pattern.compile("topic\\s*==\\s*\"([^\"]+)\"");
    static final Pattern FACT = Pattern.compile("Stated\\(\\s*name\\s*==\\s*\"([^\"]+)\"");
    private static final Pattern EVENT = Pattern.compile("Event\\(\\s*type\\s*==\\s*\"([^\"]+)\"");
    private static final Pattern KEY = Pattern.compile("\\b(?:get|dateOf)\\(\"([^\"]+)\"\\)");
    private static final Pattern DECLARE = Pattern.compile("(?m)^declare\\s+(\\w+)");
    private static final Pattern ROLE = Pattern.compile("role\\s*==\\s*\"([^\"]+)\"");

    private NameCheck() {}

    /** Every problem found in the knowledge base, each naming its file; empty when all is well. */
    public static List<String> problems(Knowledge knowledge) {
        var problems = new ArrayList<String>();
        VocabularyFile common = knowledge.vocabulary().get(0);
        var commonRoles = new HashSet<String>();
        orEmpty(common.parties()).stream().filter(p -> "role".equals(p.kind())).forEach(p -> commonRoles.add(p.id()));
        var commonDateFacts = common.dateCues() == null ? Set.<String>of() : common.dateCues().keySet();
        var factsReadAnywhere = new HashSet<String>();
        for (var body : knowledge.bodyList()) {
            Bundle bundle = knowledge.bundle(body.id());
            String dir = Knowledge.ROOT + bundle.folder() + "/";
            String drl = String.join("\n", knowledge.drl(bundle.folder()));
            VocabularyFile vocabulary = bundle.vocabulary();

            var topics = new TreeSet<String>();
            orEmpty(vocabulary.topics()).forEach(t -> topics.add(t.id()));
            compare(problems, dir + "vocabulary.yaml", "topic", topics, found(TOPIC, drl), true);

            var facts = new TreeSet<String>(ENGINE_FACTS);
            facts.addAll(commonDateFacts);
            orEmpty(common.facts()).forEach(f -> facts.add(f.name()));
            orEmpty(common.patterns()).forEach(f -> facts.add(f.name()));
            var ownFacts = new TreeSet<String>();
            orEmpty(vocabulary.facts()).forEach(f -> ownFacts.add(f.name()));
            orEmpty(vocabulary.patterns()).forEach(f -> ownFacts.add(f.name()));
            facts.addAll(ownFacts);
            var read = found(FACT, drl);
            // A matter the texts are silent on may be recognised by a fact the question states.
            var silentTerms = new ArrayList<String>();
            orEmpty(bundle.silence().matters()).forEach(m -> orEmpty(m.all()).forEach(silentTerms::addAll));
            silentTerms.stream().filter(term -> term.startsWith("fact:")).forEach(term -> read.add(term.substring(5)));
            factsReadAnywhere.addAll(read);
            compare(problems, dir + "vocabulary.yaml", "fact", facts, read, false);
            ownFacts.stream().filter(f -> !read.contains(f)).forEach(f -> problems.add(dir + "vocabulary.yaml: fact '"
                    + f + "' is stated by questions but read by no rule"));
            for (var topic : orEmpty(vocabulary.topics())) {
                for (var group : orEmpty(topic.all())) {
                    group.stream().filter(term -> term.startsWith("fact:") && !facts.contains(term.substring(5)))
                            .forEach(term -> problems.add(dir + "vocabulary.yaml: topic '" + topic.id() + "' uses "
                                    + term + ", which no vocabulary declares"));
                }
            }

            var events = bundle.events();
            var recordOnly = events.values().stream().filter(e -> e.entry().recordOnly())
                    .map(e -> e.type().id()).toList();
            var used = found(EVENT, drl);
            used.addAll(recordOnly);
            compare(problems, dir + "events.yaml", "event type", new TreeSet<>(events.keySet()), used, true);
            var keys = new TreeSet<String>();
            events.values().forEach(e -> e.type().keys().forEach(k -> keys.add(k.name())));
            compare(problems, dir + "events.yaml", "event key", keys, found(KEY, drl), false);
            for (var event : events.values()) {
                for (var needs : event.entry().requires()) {
                    if (!events.containsKey(needs.event())) {
                        problems.add(dir + "events.yaml: " + event.type().id() + " requires '" + needs.event()
                                + "', which is not declared");
                    }
                }
            }

            knowledge.drl(bundle.folder()).forEach(part -> ruleShapes(problems, Knowledge.ROOT + bundle.folder(), part));

            var roles = new TreeSet<String>(commonRoles);
            bundle.body().roles().forEach(r -> roles.add(r.role()));
            compare(problems, dir + "body.yaml", "role", roles, found(ROLE, drl), false);

            var provisions = new HashSet<String>();
            bundle.instruments().forEach(i -> i.provisions().forEach(p -> provisions.add(p.id())));
            for (var row : bundle.scenarios()) {
                if (!row.provision().isEmpty() && !provisions.contains(row.provision())) {
                    problems.add(dir + row.source().substring(row.source().indexOf('/') + 1) + ": cites "
                            + row.provision() + ", which is not a provision of " + bundle.body().id());
                }
                if (!row.isInformation() && !isVerdict(row.verdict())) {
                    problems.add(dir + row.source().substring(row.source().indexOf('/') + 1) + ": '" + row.verdict()
                            + "' is neither a verdict nor info");
                }
            }
        }
        commonDateFacts.stream().filter(f -> !factsReadAnywhere.contains(f)).sorted().forEach(f -> problems.add(
                Knowledge.ROOT + Knowledge.COMMON + "/vocabulary.yaml: date '" + f + "' is read by no rule"));
        return problems;
    }

    /**
     * What the engine relies on in every rule of a part: its consequence inserts what it concludes (its firing is
     * recorded through that), and a rule reading the question names the topic it answers or a fact its own part
     * declares (questions on a topic run only the parts that answer it).
     */
    private static void ruleShapes(List<String> problems, String folder, String part) {
        var declared = found(DECLARE, part);
        Matcher rule = Knowledge.RULE.matcher(part);
        while (rule.find()) {
            String text = rule.group();
            int then = text.indexOf("\nthen");
            String when = then < 0 ? text : text.substring(0, then);
            String name = rule.group(1);
            if (then < 0 || !text.substring(then).contains("insert(")) {
                problems.add(folder + ": rule '" + name + "' inserts nothing, so its firing would go unrecorded");
            }
            if (when.contains("Question(") && !TOPIC.matcher(when).find()
                    && declared.stream().noneMatch(type -> when.contains(type + "("))) {
                problems.add(folder + ": rule '" + name + "' reads the question but names no topic and no fact its"
                        + " part declares");
            }
        }
    }

    /** Names used but not declared are errors; with {@code bothWays}, so are names declared but never used. */
    private static void compare(List<String> problems, String file, String what, Set<String> declared, Set<String> used,
            boolean bothWays) {
        used.stream().filter(n -> !declared.contains(n)).sorted().forEach(n -> problems.add(file + ": " + what + " '" + n
                + "' is used by a rule but not declared"));
        if (bothWays) {
            declared.stream().filter(n -> !used.contains(n)).sorted().forEach(n -> problems.add(file + ": " + what + " '"
                    + n + "' is declared but used by no rule"));
        }
    }

    /** Every first group of the pattern in the text. */
    static Set<String> found(Pattern pattern, String text) {
        var names = new TreeSet<String>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    private static boolean isVerdict(String word) {
        try {
            Verdict.valueOf(word);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

}
