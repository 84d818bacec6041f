package org.govrules.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import org.govrules.AskContext;
import org.govrules.FiredRule;
import org.govrules.review.EncodedRule;
import org.govrules.review.ProvisionCoverage;
import org.govrules.review.Review;
import org.govrules.review.Scenario;

/** The reviewer's view of one loaded engine. */
final class KnowledgeReview implements Review {

    private final Engine engine;
    private final Knowledge knowledge;

    KnowledgeReview(Engine engine) {
        this.engine = engine;
        this.knowledge = engine.knowledge();
    }

    @Override
    public List<EncodedRule> rules() {
        return knowledge.rules();
    }

    @Override
    public Optional<String> ruleText(String name) {
        return Optional.ofNullable(knowledge.ruleTexts().get(name));
    }

    @Override
    public List<Scenario> scenarios() {
        return knowledge.scenarios();
    }

    @Override
    public List<String> run(Scenario row) {
        return ScenarioCheck.failures(row, engine.ask(row.question(), new AskContext(Optional.empty(), row.asOf())),
                knowledge.instruments().stream().map(Instrument::id).toList());
    }

    @Override
    public List<ProvisionCoverage> coverage() {
        var rowsByRule = new HashMap<String, List<String>>();
        for (var row : knowledge.scenarios()) {
            var answer = engine.ask(row.question(), new AskContext(Optional.empty(), row.asOf()));
            answer.rules().stream().map(FiredRule::name).distinct()
                    .forEach(rule -> rowsByRule.computeIfAbsent(rule, r -> new ArrayList<>()).add(row.source()));
        }
        var result = new ArrayList<ProvisionCoverage>();
        for (var provision : engine.provisions()) {
            var rules = knowledge.rules().stream().filter(r -> r.provision().equals(provision.id()))
                    .map(EncodedRule::name).toList();
            var rows = rules.stream().flatMap(r -> rowsByRule.getOrDefault(r, List.of()).stream()).distinct().toList();
            result.add(new ProvisionCoverage(provision, rules, rows,
                    knowledge.reasonsWithoutRules().getOrDefault(provision.id(), "")));
        }
        return result;
    }
}
