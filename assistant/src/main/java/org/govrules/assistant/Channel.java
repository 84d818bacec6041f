package org.govrules.assistant;

/**
 * A way of reaching subscribers: each bot implements one ({@code telegram}, {@code email}). The assistant decides
 * what to send and when, and records each delivery; a channel only sends.
 */
public interface Channel {

    /** The channel's name as subscriptions store it, e.g. {@code email}. */
    String name();

    /**
     * Sends a reminder. Throwing means "not sent": the reminder is retried later with backoff and the failure is
     * recorded in the delivery log. The reminder's {@link Reminder#key()} is stable across retries, so a channel that
     * can (e-mail's Message-ID) should use it to make a repeated send harmless.
     *
     * @throws Exception if the reminder could not be sent
     */
    void send(Reminder reminder) throws Exception;

    /** True if the recipient can no longer be reached (e.g. blocked the bot): their subscription is then ended. */
    default boolean isGone(Exception failure) {
        return false;
    }
}
