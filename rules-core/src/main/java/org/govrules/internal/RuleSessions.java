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
import org.govrules.rules.Finding;

/**
 * Runs the knowledge base over one question's facts in a fresh session. A session costs microseconds, and one per
 * question keeps questions independent and the engine thread-safe: the {@link KieBase} is shared and read-only.
 */
final class RuleSessions {

    /** The metadata key under which every rule names the provision it encodes. */
    static final String PROVISION = "provision";

    private final KieBase kieBase;

    RuleSessions(KieBase kieBase) {
        this.kieBase = Objects.requireNonNull(kieBase);
    }

    RuleRun run(List<?> facts) {
        var session = kieBase.newKieSession();
        var conclusions = new ArrayList<Conclusion>();
        var fired = new ArrayList<FiredRule>();
        try {
            session.addEventListener(new DefaultAgendaEventListener() {
                @Override
                public void afterMatchFired(AfterMatchFiredEvent event) {
                    fired.add(describe(event.getMatch().getRule()));
                }
            });
            // The rule that inserted a finding is its provenance: rules need not repeat their provision in the RHS.
            session.addEventListener(new DefaultRuleRuntimeEventListener() {
                @Override
                public void objectInserted(ObjectInsertedEvent event) {
                    if (event.getObject() instanceof Finding finding && event.getRule() != null) {
                        conclusions.add(new Conclusion(finding, describe(event.getRule())));
                    }
                }
            });
            facts.forEach(session::insert);
            session.fireAllRules();
        } finally {
            session.dispose();
        }
        return new RuleRun(conclusions, fired);
    }

    static FiredRule describe(Rule rule) {
        Object provision = rule.getMetaData().get(PROVISION);
        return new FiredRule(rule.getName(), provision == null ? "" : provision.toString());
    }
}
