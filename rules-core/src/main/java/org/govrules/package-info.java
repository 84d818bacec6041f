/**
 * The public API: load a {@link org.govrules.Rulebook}, ask it questions (in plain English or as a structured
 * {@link org.govrules.Question}) and get {@link org.govrules.Answer}s with a {@link org.govrules.Verdict}, the
 * conditions that must hold and the {@link org.govrules.Provision}s they rest on; check events and derive
 * {@link org.govrules.Deadline}s. No Drools type appears here; everything in it is immutable and thread-safe.
 */
package org.govrules;
