package org.govrules.assistant;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What each conversation left open: a question the assistant answered with "which body do you mean?". Kept in
 * memory and bounded (the oldest conversations are forgotten first): a follow-up comes within minutes, and losing one
 * after a restart costs the asker no more than repeating the question.
 */
final class Conversations {

    /** A conversation: a chat on Telegram, a sender by e-mail, the terminal. */
    record Key(String channel, String address) {}

    /** A question waiting for the asker to say which of {@code bodies} it concerns. */
    record Pending(String question, List<String> bodies) {}

    private static final int REMEMBERED = 10_000;

    private final Map<Key, Pending> pending = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Pending> eldest) {
            return size() > REMEMBERED;
        }
    };

    synchronized Optional<Pending> pending(Key key) {
        return Optional.ofNullable(pending.get(key));
    }

    synchronized void remember(Key key, Pending question) {
        pending.put(key, question);
    }

    synchronized void forget(Key key) {
        pending.remove(key);
    }
}
