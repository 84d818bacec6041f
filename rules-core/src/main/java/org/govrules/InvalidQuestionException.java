package org.govrules;

/**
 * A structured question the body's rules cannot read: an unknown topic, a fact no rule of the topic reads, or a
 * value that is not of the fact's type. The message names what is wrong and what is known instead
 * ({@link Rulebook#topics(String)} lists it all).
 */
public final class InvalidQuestionException extends IllegalArgumentException {

    /** @param message what is wrong with the question and what is known instead */
    public InvalidQuestionException(String message) {
        super(message);
    }
}
