package org.govrules;

/**
 * A rule of the knowledge base that contributed to an answer.
 *
 * @param name      the rule's name, which starts with the provision it encodes
 * @param provision the provision id from the rule's {@code @provision} metadata
 */
public record FiredRule(String name, String provision) {}
