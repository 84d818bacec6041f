package org.govrules.assistant;

import org.govrules.Answer;
import org.govrules.Reading;

/**
 * An answer a channel gives, with how the question was read (for follow-ups and the decision log).
 *
 * @param answer  the answer
 * @param reading how the question was read; {@code null} for a structured question
 */
public record GivenAnswer(Answer answer, Reading reading) {}
