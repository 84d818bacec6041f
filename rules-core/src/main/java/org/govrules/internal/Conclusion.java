package org.govrules.internal;

import org.govrules.FiredRule;
import org.govrules.rules.Finding;

/** A finding together with the rule that inserted it, and so the provision it rests on. */
record Conclusion(Finding finding, FiredRule rule) {}
