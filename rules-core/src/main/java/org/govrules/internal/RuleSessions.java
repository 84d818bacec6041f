package org.govrules.internal;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.govrules.FiredRule;
import org.kie.api.KieBase;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import org.govrules.rules.Due;
import org.govrules.rules.Finding;

/**
 * Runs the knowledge base over one question's facts in a session of its own. Sessions come from Drools' pool: a
 * disposed pooled session is reset and reused, which halves the cost of a question against building one each time.
 * Questions stay independent (a session serves one question at a time) and the engine thread-safe. Drools'
 * {@code ThreadSafeOption.NO} is not for pooled sessions: with it, the executable model's consequences share one
 * context between sessions, and questions asked from several threads fail (AskingTest caught it).
 */
final class RuleSessions {

    /** The metadata key under which every rule names the provision it encodes. */
    static final String PROVISION = "provision";

    private final KieSessionsPool pool;
    /** Each rule as answers cite it, read once from its metadata: a question must not parse metadata again. */
    private final Map<Rule, FiredRule> described = new IdentityHashMap<>();

    RuleSessions(KieBase kieBase) {
        this.pool = Objects.requireNonNull(kieBase).newKieSessionsPool(Runtime.getRuntime().availableProcessors());
        kieBase.getKiePackages().forEach(p -> p.getRules().forEach(rule -> described.put(rule, describe(rule))));
    }

    private FiredRule described(Rule rule) {
        FiredRule known = described.get(rule);
        return known != null ? known : describe(rule);
    }

    RuleRun run(List<?> facts) {
        var conclusions = new ArrayList<Conclusion>();
        var dues = new ArrayList<DueConclusion>();
        var fired = new ArrayList<FiredRule>();
        // Every rule's consequence inserts what it concludes, so the insertions tell which rules fired and what each
        // concluded: one listener, not an agenda listener besides (each listener makes Drools build an event per step).
        var insertions = new DefaultRuleRuntimeEventListener() {
            @Override
            public void objectInserted(ObjectInsertedEvent event) {
                if (event.getRule() == null) {
                    return;
                }
                FiredRule rule = described(event.getRule());
                if (!fired.contains(rule)) {
                    fired.add(rule);
                }
                if (event.getObject() instanceof Finding finding) {
                    conclusions.add(new Conclusion(finding, rule));
                } else if (event.getObject() instanceof Due due) {
                    dues.add(new DueConclusion(due, rule));
                }
            }
        };
        KieSession session = pool.newKieSession();
        try {
            session.addEventListener(insertions);
            facts.forEach(session::insert);
            session.fireAllRules();
        } finally {
            session.removeEventListener(insertions);
            session.dispose();
        }
        return new RuleRun(conclusions, dues, fired);
    }

    static final String STRENGTH = "strength";

    static FiredRule describe(Rule rule) {
        return new FiredRule(rule.getName(), meta(rule.getMetaData(), PROVISION), strength(rule.getMetaData()));
    }

    static org.govrules.Strength strength(java.util.Map<String, Object> metaData) {
        String strength = meta(metaData, STRENGTH);
        return strength.isEmpty() ? null : org.govrules.Strength.of(strength);
    }

    /**
     * A metadata value as written in the DRL. Rules compiled at build time give it unquoted, rules compiled at run
     * time (test fixtures) with its quotes: both read the same.
     */
    static String meta(java.util.Map<String, Object> metaData, String key) {
        Object value = metaData.get(key);
        return value == null ? "" : value.toString().replaceAll("^\"|\"$", "");
    }
}
