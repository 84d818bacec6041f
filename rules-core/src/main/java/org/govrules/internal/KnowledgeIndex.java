package org.govrules.internal;

import java.util.List;

/**
 * The knowledge base's table of contents, {@code govrules/knowledge.yaml} on the classpath: which instrument texts,
 * body data files, vocabulary files and scenario tables make it up, and the file that says why some provisions have
 * no rule. Listing them keeps loading free of classpath scanning.
 */
record KnowledgeIndex(
        String kbase,
        List<String> instruments,
        List<String> bodies,
        List<String> vocabulary,
        List<String> scenarios,
        String withoutRules) {}
