package org.govrules.internal;

import java.util.List;
import org.govrules.FiredRule;

/** What one rule session produced: the conclusions, and every rule that fired in firing order. */
record RuleRun(List<Conclusion> conclusions, List<FiredRule> fired) {}
