package org.govrules.review;

import org.govrules.Strength;

/**
 * A rule of the knowledge base, as a reviewer sees it.
 *
 * @param name      the rule's name
 * @param provision the provision id it encodes ({@code @provision}), empty only for the rule that answers
 *                  "not addressed"
 * @param clause    the words of the provision it quotes ({@code @clause}), empty if none
 * @param strength  how strongly its source binds ({@code @strength}), {@code null} for the fallback rule
 * @param pkg       the DRL package it is written in, one per instrument part (e.g. {@code org.govrules.kb.wgas})
 */
public record EncodedRule(String name, String provision, String clause, Strength strength, String pkg) {}
