package org.govrules;

/** The knowledge base on the classpath is missing or inconsistent: a packaging error, not a user error. */
public final class KnowledgeBaseException extends RuntimeException {

    /**
     * @param message what is missing or inconsistent, naming the file
     * @param cause   the error underneath, or {@code null}
     */
    public KnowledgeBaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
