/**
 * The facts the knowledge base's rules are written in: what the engine puts into each rule session besides the
 * {@link org.govrules.Question} ({@link org.govrules.rules.Members}, {@link org.govrules.rules.Holder},
 * {@link org.govrules.Reckoning}) and what rules conclude ({@link org.govrules.rules.Finding}).
 *
 * <p>This package is for knowledge-base authors; applications use {@link org.govrules.Rulebook}.
 */
package org.govrules.rules;
