package org.govrules.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.govrules.FiredRule;
import org.kie.api.KieBase;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import org.govrules.rules.Due;
import org.govrules.rules.Finding;

/**
 * Runs the knowledge base over one question's facts in a session of its own. Sessions come from Drools' pool: a
 * disposed pooled session is reset and reused, which halves the cost of a question against building one each time.
 * Questions stay independent (a session serves one question at a time) and the engine thread-safe.
 */
final class RuleSessions {

    /** The metadata key under which every rule names the provision it encodes. */
    static final String PROVISION = "provision";

    private final KieSessionsPool pool;

    RuleSessions(KieBase kieBase) {
        this.pool = Objects.requireNonNull(kieBase).newKieSessionsPool(Runtime.getRuntime().availableProcessors());
    }

    RuleRun run(List<?> facts) {
        var conclusions = new ArrayList<Conclusion>();
        var dues = new ArrayList<DueConclusion>();
        var fired = new ArrayList<FiredRule>();
        var firings = new DefaultAgendaEventListener() {
            @Override
            public void afterMatchFired(AfterMatchFiredEvent event) {
                fired.add(describe(event.getMatch().getRule()));
            }
        };
        // The rule that inserted a finding is its provenance: rules need not repeat their provision in the RHS.
        var insertions = new DefaultRuleRuntimeEventListener() {
            @Override
            public void objectInserted(ObjectInsertedEvent event) {
                if (event.getRule() == null) {
                    return;
                }
                if (event.getObject() instanceof Finding finding) {
                    conclusions.add(new Conclusion(finding, describe(event.getRule())));
                } else if (event.getObject() instanceof Due due) {
                    dues.add(new DueConclusion(due, describe(event.getRule())));
                }
            }
        };
        KieSession session = pool.newKieSession();
        try {
            session.addEventListener(firings);
            session.addEventListener(insertions);
            facts.forEach(session::insert);
            session.fireAllRules();
        } finally {
            session.removeEventListener(firings);
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
