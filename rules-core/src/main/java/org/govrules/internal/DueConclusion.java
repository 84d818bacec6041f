package org.govrules.internal;

import org.govrules.FiredRule;
import org.govrules.rules.Due;

/** A deadline a rule derived, with the rule (and so the provision) it rests on. */
record DueConclusion(Due due, FiredRule rule) {}
