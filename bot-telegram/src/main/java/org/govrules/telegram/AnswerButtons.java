package org.govrules.telegram;

import java.util.Optional;

/**
 * The buttons under an answer, as {@code callback_data} keys (Telegram allows 64 bytes: keys, never text). The
 * question they refer to is the message the answer replies to, so no state is kept between the answer and the press.
 */
enum AnswerButtons {
    WHY("Why?", "why"),
    TEXT("Text", "text"),
    DEADLINES("Deadlines", "deadlines:");

    final String label;
    final String key;

    AnswerButtons(String label, String key) {
        this.label = label;
        this.key = key;
    }

    /** The callback data for this button; for Deadlines, with the body id. */
    String data(String body) {
        return this == DEADLINES ? key + body : key;
    }

    static Optional<AnswerButtons> of(String data) {
        for (AnswerButtons b : values()) {
            if (b == DEADLINES ? data.startsWith(b.key) : data.equals(b.key)) {
                return Optional.of(b);
            }
        }
        return Optional.empty();
    }
}
