/**
 * The engine behind {@link org.govrules.Rulebook}: the knowledge base read from the classpath, one rule base per
 * body, the composition of answers, event checks and the search over provision texts. Not an API: it may change
 * in any release.
 */
package org.govrules.internal;
