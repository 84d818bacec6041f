package org.govrules.internal;

import java.util.List;

/**
 * The knowledge base's table of contents, {@code govrules/knowledge.yaml} on the classpath: which instrument texts,
 * body data files and vocabulary files make it up. Listing them keeps loading free of classpath scanning.
 */
record KnowledgeIndex(String kbase, List<String> instruments, List<String> bodies, List<String> vocabulary) {}
