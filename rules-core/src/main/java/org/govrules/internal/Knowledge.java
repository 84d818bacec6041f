package org.govrules.internal;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.govrules.Body;
import org.govrules.EncodedRule;
import org.govrules.KnowledgeBaseException;
import org.govrules.Membership;
import org.govrules.Provision;
import org.govrules.Reckoning;
import org.govrules.RoleAssignment;
import org.govrules.Scenario;
import org.govrules.internal.parse.VocabularyFile;
import org.kie.api.KieBase;
import org.kie.api.KieServices;

/** Everything the knowledge base on the classpath holds, loaded once: compiled rules, texts, bodies, vocabulary. */
public record Knowledge(
        KieBase kieBase,
        Map<String, Provision> provisions,
        Map<String, Instrument> instruments,
        Map<String, Body> bodies,
        List<VocabularyFile> vocabulary,
        List<EncodedRule> rules,
        List<Scenario> scenarios,
        Map<String, String> reasonsWithoutRules) {

    private static final String INDEX = "govrules/knowledge.yaml";

    public static Knowledge load(ClassLoader loader) {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
                .registerModule(new JavaTimeModule())
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
        KnowledgeIndex index = read(yaml, loader, INDEX, KnowledgeIndex.class);

        var instruments = new LinkedHashMap<String, Instrument>();
        var provisions = new LinkedHashMap<String, Provision>();
        for (String path : index.instruments()) {
            Instrument instrument = InstrumentText.parse(text(loader, path), path);
            instruments.put(instrument.id(), instrument);
            instrument.provisions().forEach(p -> provisions.put(p.id(), p));
        }
        var bodies = new LinkedHashMap<String, Body>();
        for (String path : index.bodies()) {
            Body body = body(read(yaml, loader, path, BodyFile.class));
            for (String instrument : body.instruments()) {
                if (!instruments.containsKey(instrument)) {
                    throw new KnowledgeBaseException(path + " names instrument " + instrument + ", which is not loaded", null);
                }
            }
            bodies.put(body.id(), body);
        }
        var vocabulary = new ArrayList<VocabularyFile>();
        for (String path : index.vocabulary()) {
            vocabulary.add(read(yaml, loader, path, VocabularyFile.class));
        }
        KieBase kieBase;
        try {
            kieBase = KieServices.get().newKieClasspathContainer(loader).getKieBase(index.kbase());
        } catch (RuntimeException e) {
            throw new KnowledgeBaseException("The rules (KieBase '" + index.kbase() + "') could not be loaded", e);
        }
        var scenarios = new ArrayList<Scenario>();
        for (String path : index.scenarios() == null ? List.<String>of() : index.scenarios()) {
            scenarios.addAll(ScenarioTable.parse(text(loader, path), path.substring(path.lastIndexOf('/') + 1)));
        }
        Map<String, String> reasons = index.withoutRules() == null ? Map.of()
                : read(yaml, loader, index.withoutRules(), WithoutRules.class).provisions();
        for (String id : reasons.keySet()) {
            if (!provisions.containsKey(id)) {
                throw new KnowledgeBaseException(index.withoutRules() + " names " + id + ", which is no provision", null);
            }
        }
        return new Knowledge(kieBase, Map.copyOf(provisions), Map.copyOf(instruments), Map.copyOf(bodies),
                List.copyOf(vocabulary), rules(kieBase), List.copyOf(scenarios), Map.copyOf(reasons));
    }

    /** The file that says why provisions have no rule: provision id to reason. */
    record WithoutRules(Map<String, String> provisions) {}

    /** The bodies, by id. */
    public List<Body> bodyList() {
        return bodies.values().stream().sorted(java.util.Comparator.comparing(Body::id)).toList();
    }

    private static List<EncodedRule> rules(KieBase kieBase) {
        var rules = new ArrayList<EncodedRule>();
        for (var pkg : kieBase.getKiePackages()) {
            for (var rule : pkg.getRules()) {
                Object provision = rule.getMetaData().get(RuleSessions.PROVISION);
                Object clause = rule.getMetaData().get("clause");
                rules.add(new EncodedRule(rule.getName(), provision == null ? "" : provision.toString(),
                        clause == null ? "" : clause.toString(), RuleSessions.strength(rule), pkg.getName()));
            }
        }
        rules.sort(java.util.Comparator.comparing(EncodedRule::name));
        return List.copyOf(rules);
    }

    private static Body body(BodyFile f) {
        var members = f.members() == null ? List.<Membership>of()
                : f.members().stream().map(m -> new Membership(m.state(), m.from(), m.until())).toList();
        var roles = f.roles() == null ? List.<RoleAssignment>of()
                : f.roles().stream().map(r -> new RoleAssignment(r.role(), r.holder(), r.from(), r.until())).toList();
        return new Body(f.id(), f.name(), f.shortName(), f.instruments(), new Reckoning(ZoneId.of(f.timeZone())),
                members, roles);
    }

    private static <T> T read(ObjectMapper yaml, ClassLoader loader, String path, Class<T> type) {
        try (InputStream in = open(loader, path)) {
            return yaml.readValue(in, type);
        } catch (IOException e) {
            throw new KnowledgeBaseException("Cannot read " + path + ": " + e.getMessage(), e);
        }
    }

    private static String text(ClassLoader loader, String path) {
        try (InputStream in = open(loader, path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new KnowledgeBaseException("Cannot read " + path, e);
        }
    }

    private static InputStream open(ClassLoader loader, String path) {
        InputStream in = loader.getResourceAsStream(path);
        if (in == null) {
            throw new KnowledgeBaseException("The knowledge base is not on the classpath: " + path + " is missing"
                    + " (add the rules-kb jar)", null);
        }
        return in;
    }
}
