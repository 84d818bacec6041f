package org.govrules.internal;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.govrules.Body;
import org.govrules.review.EncodedRule;
import org.govrules.EventType;
import org.govrules.KnowledgeBaseException;
import org.govrules.Membership;
import org.govrules.Provision;
import org.govrules.Reckoning;
import org.govrules.RoleAssignment;
import org.govrules.review.Scenario;
import org.govrules.internal.parse.SilenceFile;
import org.govrules.internal.parse.VocabularyFile;

/**
 * Everything the knowledge base holds: one bundle per body folder under {@code org/govrules/kb/}, found through the
 * folders its compiled rules lie in, plus the common folder (shared vocabulary, groups of members, the rules every
 * body shares, questions across bodies). Each body's rule base is built from its own rules and the common ones the
 * first time that body is asked about, so a rule of one body can never fire for another.
 */
public final class Knowledge {

    static final String ROOT = "org/govrules/kb/";
    static final String COMMON = "common";
    /** A whole rule in DRL, group 1 its name. */
    private static final java.util.regex.Pattern PACKAGE =
            java.util.regex.Pattern.compile("(?m)^package\\s+([\\w.]+)");
    static final java.util.regex.Pattern RULE = java.util.regex.Pattern.compile("(?ms)^rule\\s+\"([^\"]+)\".*?^end\\b");

    private final Map<String, Bundle> bundles;
    private final Map<String, List<Model>> models;
    private final VocabularyFile common;
    private final List<Scenario> acrossBodies;
    private final Map<String, Provision> provisions;
    private final Map<String, RuleSessions> sessions = new ConcurrentHashMap<>();
    /** Sessions by body and topic; topics answered by the same parts share them (in {@link #sessions}). */
    private final Map<String, Map<String, RuleSessions>> byTopic = new ConcurrentHashMap<>();
    private final Map<String, Map<String, java.util.Set<String>>> partsByTopic = new ConcurrentHashMap<>();
    private final Map<String, Topics> topics = new ConcurrentHashMap<>();
    private final Map<String, java.util.Collection<String>> drl = new ConcurrentHashMap<>();
    private final ClassLoader loader;
    private final java.util.concurrent.atomic.AtomicReference<Map<String, String>> ruleTexts =
            new java.util.concurrent.atomic.AtomicReference<>();
    /** The SHA-256 of every file read at load, by path: with the DRL, what {@link #version()} digests. */
    private final Map<String, String> fileDigests;
    private final java.util.concurrent.atomic.AtomicReference<String> version =
            new java.util.concurrent.atomic.AtomicReference<>();

    private Knowledge(ClassLoader loader, Map<String, Bundle> bundles, Map<String, List<Model>> models,
            VocabularyFile common, List<Scenario> acrossBodies, Map<String, String> fileDigests) {
        this.fileDigests = fileDigests;
        this.loader = loader;
        this.bundles = bundles;
        this.models = models;
        this.common = common;
        this.acrossBodies = acrossBodies;
        var all = new LinkedHashMap<String, Provision>();
        bundles.values().forEach(b -> b.instruments().forEach(i -> i.provisions().forEach(p -> all.put(p.id(), p))));
        this.provisions = Map.copyOf(all);
    }

    /** The knowledge base compiled into the jars {@code loader} sees. */
    public static Knowledge load(ClassLoader loader) {
        return load(loader, RuleModels.compiled(loader));
    }

    /**
     * The knowledge base whose files {@code loader} sees, with these rules (by folder): the compiled ones, or rules a
     * test compiled from DRL at run time.
     *
     * @throws KnowledgeBaseException if a file is missing or malformed, or the files disagree
     */
    public static Knowledge load(ClassLoader loader, Map<String, List<Model>> models) {
        var files = new Files(loader);
        VocabularyFile common = files.yaml(ROOT + COMMON + "/vocabulary.yaml", VocabularyFile.class);
        var groups = files.optionalYaml(ROOT + COMMON + "/groups.yaml", GroupsFile.class);
        var bundles = new LinkedHashMap<String, Bundle>();
        models.keySet().stream().filter(f -> !f.equals(COMMON)).sorted().forEach(folder -> {
            Bundle bundle = files.bundle(folder, groups == null ? Map.of() : groups.groups());
            if (bundles.put(bundle.body().id(), bundle) != null) {
                throw new KnowledgeBaseException("Two folders declare body " + bundle.body().id(), null);
            }
        });
        if (bundles.isEmpty()) {
            throw new KnowledgeBaseException("The knowledge base holds no body (no rules outside "
                    + ROOT + COMMON + ")", null);
        }
        var across = files.optionalText(ROOT + COMMON + "/across-bodies.md");
        // Sorted, not Map.copyOf: its iteration order changes from one JVM to the next, and the order of bodies and
        // of their silence topics decides ties, so answers would too.
        return new Knowledge(loader, java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(bundles)),
                java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(models)), common,
                across == null ? List.of() : ScenarioTable.parse(across, COMMON + "/across-bodies.md"),
                files.digests());
    }

    /**
     * A digest of the whole knowledge base (every file read and every DRL file), as {@code kb-} and 12 hex digits:
     * the same files give the same version on any machine, so a logged answer names the knowledge that gave it.
     * Computed when first asked for, to keep loading fast.
     */
    public String version() {
        return version.updateAndGet(known -> known != null ? known : digestAll());
    }

    private String digestAll() {
        var all = new java.util.TreeMap<>(fileDigests);
        var folders = new ArrayList<String>(List.of(COMMON));
        bundles.values().forEach(b -> folders.add(b.folder()));
        for (String folder : folders) {
            DrlSources.of(loader, ROOT + folder + "/").forEach((path, text) -> all.put(path,
                    Files.sha256(text.getBytes(StandardCharsets.UTF_8))));
        }
        var lines = new StringBuilder();
        all.forEach((path, digest) -> lines.append(path).append(' ').append(digest).append('\n'));
        return "kb-" + Files.sha256(lines.toString().getBytes(StandardCharsets.UTF_8)).substring(0, 12);
    }

    Bundle bundle(String bodyId) {
        return bundles.get(bodyId);
    }

    /** The bodies, by id. */
    public Map<String, Body> bodies() {
        var map = new LinkedHashMap<String, Body>();
        bundles.values().forEach(b -> map.put(b.body().id(), b.body()));
        return map;
    }

    /** The bodies, sorted by id. */
    public List<Body> bodyList() {
        return bundles.values().stream().map(Bundle::body).sorted(Comparator.comparing(Body::id)).toList();
    }

    public Map<String, Provision> provisions() {
        return provisions;
    }

    /** The instruments of every body, sorted by id. */
    public List<Instrument> instruments() {
        return bundles.values().stream().flatMap(b -> b.instruments().stream())
                .sorted(Comparator.comparing(Instrument::id)).toList();
    }

    /** The common vocabulary first, then each body's. */
    public List<VocabularyFile> vocabulary() {
        var all = new ArrayList<VocabularyFile>();
        all.add(common);
        bundles.values().stream().sorted(Comparator.comparing(b -> b.body().id())).forEach(b -> all.add(b.vocabulary()));
        return all;
    }

    /** What each body's instruments are silent on, by body. */
    public List<SilenceFile> silences() {
        return bundles.values().stream().map(Bundle::silence).toList();
    }

    /** Every body's scenario rows, then the rows across bodies. */
    public List<Scenario> scenarios() {
        var all = new ArrayList<Scenario>();
        bundles.values().stream().sorted(Comparator.comparing(b -> b.body().id()))
                .forEach(b -> all.addAll(b.scenarios()));
        all.addAll(acrossBodies);
        return all;
    }

    public Map<String, String> reasonsWithoutRules() {
        var all = new LinkedHashMap<String, String>();
        bundles.values().forEach(b -> all.putAll(b.reasonsWithoutRules()));
        return all;
    }

    /** Every rule, read from the compiled models (no rule base is built for this), sorted by name. */
    public List<EncodedRule> rules() {
        var rules = new ArrayList<EncodedRule>();
        models.values().forEach(list -> list.forEach(model -> model.getRules().forEach(rule -> rules.add(
                new EncodedRule(rule.getName(), RuleSessions.meta(rule.getMetaData(), RuleSessions.PROVISION),
                        RuleSessions.meta(rule.getMetaData(), "clause"), RuleSessions.strength(rule.getMetaData()),
                        model.getClass().getPackageName())))));
        rules.sort(Comparator.comparing(EncodedRule::name));
        return List.copyOf(rules);
    }

    /** The rule sessions of one body: all its rules and the common ones (for its deadlines), built once. */
    RuleSessions sessions(String bodyId) {
        return sessions(bodyId, models.get(bundles.get(bodyId).folder()));
    }

    /**
     * The rule sessions for questions on one topic of a body: the common rules and the body's parts whose rules
     * answer that topic, built once per set of parts. A question's facts then reach only the rules that can answer
     * it, which halves the work of a question against the body's whole rule base. Rules of a part chain only through
     * facts the part declares itself ("an outsider"), so a part is taken whole.
     */
    RuleSessions sessions(String bodyId, String topic) {
        if (topic == null) {
            return sessions(bodyId);
        }
        return byTopic.computeIfAbsent(bodyId, b -> new ConcurrentHashMap<>()).computeIfAbsent(topic, k -> {
            Bundle bundle = bundles.get(bodyId);
            var parts = partsByTopic(bundle.folder()).getOrDefault(topic, java.util.Set.of());
            return sessions(bodyId, models.get(bundle.folder()).stream()
                    .filter(m -> parts.contains(m.getClass().getPackageName())).toList());
        });
    }

    private RuleSessions sessions(String bodyId, List<Model> parts) {
        String key = bodyId + parts.stream().map(m -> " " + m.getClass().getPackageName()).sorted()
                .collect(java.util.stream.Collectors.joining());
        return sessions.computeIfAbsent(key, k -> {
            var own = new ArrayList<Model>(models.getOrDefault(COMMON, List.of()));
            own.addAll(parts);
            // Beta-node sharing is Drools' default; it was once off, when a negated pattern on a boolean method
            // ("not Stated(name == "adopting", yes)") missed in a fresh rule base. Written as a value comparison it
            // no longer does, and AnswersIndependentOfOrderTest asks every scenario in three orders to keep it so.
            return new RuleSessions(KieBaseBuilder.createKieBaseFromModel(own));
        });
    }

    /** For each topic a folder's rules answer, the packages (parts) of those rules, read from the DRL once. */
    private Map<String, java.util.Set<String>> partsByTopic(String folder) {
        return partsByTopic.computeIfAbsent(folder, f -> {
            var parts = new java.util.HashMap<String, java.util.Set<String>>();
            for (String part : drl(f)) {
                var pkg = PACKAGE.matcher(part);
                if (pkg.find()) {
                    NameCheck.found(NameCheck.TOPIC, part).forEach(topic ->
                            parts.computeIfAbsent(topic, t -> new java.util.HashSet<>()).add(pkg.group(1)));
                }
            }
            return Map.copyOf(parts);
        });
    }

    /** A body's topics and the facts each reads, read from its DRL when first needed. */
    Topics topics(String bodyId) {
        return topics.computeIfAbsent(bodyId, id -> {
            Bundle bundle = bundles.get(id);
            return Topics.of(bundle, common, drl(bundle.folder()));
        });
    }

    /** The DRL files of a folder, as written, read from the classpath once (for reviewers and checks). */
    java.util.Collection<String> drl(String folder) {
        return drl.computeIfAbsent(folder, f -> List.copyOf(DrlSources.of(loader, ROOT + f + "/").values()));
    }

    /** The DRL of every rule, by rule name, read from the folders when first needed (for reviewers). */
    Map<String, String> ruleTexts() {
        return ruleTexts.updateAndGet(known -> known != null ? known : readRuleTexts());
    }

    private Map<String, String> readRuleTexts() {
        var texts = new LinkedHashMap<String, String>();
        var folders = new ArrayList<String>(List.of(COMMON));
        bundles.values().forEach(b -> folders.add(b.folder()));
        for (String folder : folders) {
            for (String part : drl(folder)) {
                var rule = RULE.matcher(part);
                while (rule.find()) {
                    texts.put(rule.group(1), rule.group());
                }
            }
        }
        return Map.copyOf(texts);
    }

    /** A file naming groups of member states ({@code common/groups.yaml}). */
    record GroupsFile(Map<String, Group> groups) {
        record Group(String name, List<BodyFile.Member> members) {}
    }

    /** Reads the files of the knowledge base from the classpath. */
    private static final class Files {
        private final ClassLoader loader;
        private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
                .registerModule(new JavaTimeModule())
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

        private final Map<String, String> digests = new java.util.TreeMap<>();

        Files(ClassLoader loader) {
            this.loader = loader;
        }

        Map<String, String> digests() {
            return java.util.Collections.unmodifiableMap(digests);
        }

        static String sha256(byte[] bytes) {
            try {
                return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException("every Java has SHA-256", e);
            }
        }

        /** The file's bytes, or null if absent; its digest is kept for the version. */
        private byte[] bytes(String path) throws IOException {
            try (InputStream in = loader.getResourceAsStream(path)) {
                if (in == null) {
                    return null;
                }
                byte[] bytes = in.readAllBytes();
                digests.put(path, sha256(bytes));
                return bytes;
            }
        }

        Bundle bundle(String folder, Map<String, GroupsFile.Group> groups) {
            String dir = ROOT + folder + "/";
            BodyFile file = yaml(dir + "body.yaml", BodyFile.class);
            Body body = body(file, groups, dir + "body.yaml");
            var instruments = new ArrayList<Instrument>();
            for (String id : body.instruments()) {
                Instrument instrument = InstrumentText.parse(text(dir + id + ".md"), dir + id + ".md");
                if (!instrument.id().equals(id)) {
                    throw new KnowledgeBaseException(dir + id + ".md holds instrument " + instrument.id(), null);
                }
                instruments.add(instrument);
            }
            VocabularyFile vocabulary = yaml(dir + "vocabulary.yaml", VocabularyFile.class);
            if (!body.id().equals(vocabulary.body())) {
                throw new KnowledgeBaseException(dir + "vocabulary.yaml is for body '" + vocabulary.body() + "', but "
                        + dir + "body.yaml declares '" + body.id() + "'", null);
            }
            SilenceFile silence = optionalYaml(dir + "silent.yaml", SilenceFile.class);
            if (silence == null) {
                silence = new SilenceFile(body.id(), null, List.of());
            } else if (!body.id().equals(silence.body())) {
                throw new KnowledgeBaseException(dir + "silent.yaml is for body '" + silence.body() + "', but "
                        + dir + "body.yaml declares '" + body.id() + "'", null);
            }
            for (var matter : silence.matters() == null ? List.<SilenceFile.Matter>of() : silence.matters()) {
                if (matter.near() != null && instruments.stream().flatMap(i -> i.provisions().stream())
                        .noneMatch(p -> p.id().equals(matter.near()))) {
                    throw new KnowledgeBaseException(dir + "silent.yaml: '" + matter.matter() + "' is near " + matter.near()
                            + ", which is no provision of " + body.id() + "'s instruments", null);
                }
            }
            EventsFile events = optionalYaml(dir + "events.yaml", EventsFile.class);
            var declared = new LinkedHashMap<String, Bundle.DeclaredEvent>();
            if (events != null) {
                for (var entry : events.events()) {
                    declared.put(entry.type(), new Bundle.DeclaredEvent(new EventType(entry.type(), entry.keys().stream()
                            .sorted(Comparator.comparing(EventsFile.KeyEntry::optional))
                            .map(k -> new EventType.Key(k.name(), k.type(), k.optional())).toList()), entry));
                }
            }
            String scenarios = optionalText(dir + "scenarios.md");
            WithoutRules without = optionalYaml(dir + "without-rules.yaml", WithoutRules.class);
            var reasons = without == null || without.provisions() == null ? Map.<String, String>of() : without.provisions();
            for (String id : reasons.keySet()) {
                if (instruments.stream().flatMap(i -> i.provisions().stream()).noneMatch(p -> p.id().equals(id))) {
                    throw new KnowledgeBaseException(dir + "without-rules.yaml names " + id + ", which is no provision"
                            + " of " + body.id() + "'s instruments", null);
                }
            }
            for (String id : file.scope() == null ? List.<String>of() : file.scope()) {
                if (instruments.stream().flatMap(i -> i.provisions().stream()).noneMatch(p -> p.id().equals(id))) {
                    throw new KnowledgeBaseException(dir + "body.yaml lists " + id + " in its scope, which is no"
                            + " provision of " + body.id() + "'s instruments", null);
                }
            }
            return new Bundle(folder, body, List.copyOf(instruments), vocabulary, silence, java.util.Collections.unmodifiableMap(declared),
                    scenarios == null ? List.of() : ScenarioTable.parse(scenarios, folder + "/scenarios.md"),
                    java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(reasons)),
                    file.scope() == null ? List.of() : List.copyOf(file.scope()));
        }

        private static Body body(BodyFile f, Map<String, GroupsFile.Group> groups, String path) {
            if (f.id() == null || f.name() == null || f.timeZone() == null || f.instruments() == null) {
                throw new KnowledgeBaseException(path + " needs id, name, instruments and timeZone", null);
            }
            var members = new ArrayList<BodyFile.Member>(f.members() == null ? List.of() : f.members());
            if (f.membersOf() != null) {
                var group = groups.get(f.membersOf());
                if (group == null) {
                    throw new KnowledgeBaseException(path + " takes its members from group '" + f.membersOf()
                            + "', which " + ROOT + COMMON + "/groups.yaml does not declare", null);
                }
                members.addAll(group.members());
            }
            ZoneId zone;
            try {
                zone = ZoneId.of(f.timeZone());
            } catch (RuntimeException e) {
                throw new KnowledgeBaseException(path + ": '" + f.timeZone() + "' is not a time zone", e);
            }
            var roles = f.roles() == null ? List.<RoleAssignment>of()
                    : f.roles().stream().map(r -> new RoleAssignment(r.role(), r.holder(), r.from(), r.until())).toList();
            return new Body(f.id(), f.name(), f.shortName(), f.instruments(), new Reckoning(zone),
                    members.stream().map(m -> new Membership(m.state(), m.from(), m.until())).toList(), roles);
        }

        <T> T yaml(String path, Class<T> type) {
            T value = optionalYaml(path, type);
            if (value == null) {
                throw missing(path);
            }
            return value;
        }

        <T> T optionalYaml(String path, Class<T> type) {
            try {
                byte[] bytes = bytes(path);
                return bytes == null ? null : yaml.readValue(bytes, type);
            } catch (IOException | DateTimeParseException e) {
                throw new KnowledgeBaseException("Cannot read " + path + ": " + e.getMessage(), e);
            }
        }

        String text(String path) {
            String text = optionalText(path);
            if (text == null) {
                throw missing(path);
            }
            return text;
        }

        String optionalText(String path) {
            try {
                byte[] bytes = bytes(path);
                return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new KnowledgeBaseException("Cannot read " + path, e);
            }
        }

        private static KnowledgeBaseException missing(String path) {
            return new KnowledgeBaseException("The knowledge base is incomplete: " + path + " is missing", null);
        }
    }

    /** A folder's {@code without-rules.yaml}: provision id to the reason it has no rule. */
    record WithoutRules(Map<String, String> provisions) {}
}
