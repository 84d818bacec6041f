package org.govrules;

/**
 * A rule of the knowledge base that contributed to an answer.
 *
 * @param name      the rule's name, which starts with the provision it encodes
 * @param provision the provision id from the rule's {@code @provision} metadata
 * @param strength  how strongly that provision binds, from the rule's {@code @strength} metadata ({@code null} only
 *                  for the rule that answers "not addressed")
 */
public record FiredRule(String name, String provision, Strength strength) {}
