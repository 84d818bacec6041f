/**
 * Reading a plain-English question: abbreviations, the question sentence, facts and premises, dates, bodies, topics
 * and the matters the texts are silent on, all driven by the knowledge base's vocabulary files. Not an API: it may
 * change in any release.
 */
package org.govrules.internal.parse;
