package org.govrules.internal;

import java.util.List;
import org.govrules.FiredRule;

/** What one rule session produced: findings and deadlines with their rules, and the rules that fired, in order. */
record RuleRun(List<Conclusion> conclusions, List<DueConclusion> dues, List<FiredRule> fired) {

    RuleRun(List<Conclusion> conclusions, List<FiredRule> fired) {
        this(conclusions, List.of(), fired);
    }
}
