package org.govrules;

/** The knowledge base on the classpath is missing or inconsistent: a packaging error, not a user error. */
public final class KnowledgeBaseException extends RuntimeException {

    public KnowledgeBaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
