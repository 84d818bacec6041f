package org.govrules.assistant;

import java.time.Instant;
import java.util.List;

/**
 * One answer a channel gave, as the decision log keeps it.
 *
 * @param answeredAt when it was given
 * @param channel    {@code telegram}, {@code email}, {@code http}, {@code cli}…
 * @param asker      a pseudonym: a keyed hash of the channel and address, never the chat id or e-mail address
 * @param body       the body that answered; {@code null} for an answer across bodies or none
 * @param question   the question as asked
 * @param verdict    the verdict, {@code null} for an information answer
 * @param provisions the ids of the provisions cited
 * @param kbVersion  the knowledge base that answered ({@link org.govrules.Rulebook#version()})
 * @param answerJson the whole answer with its reading, as {@link AnswerJson} writes it
 */
public record Decision(Instant answeredAt, String channel, String asker, String body, String question, String verdict,
        List<String> provisions, String kbVersion, String answerJson) {

    public Decision {
        provisions = List.copyOf(provisions);
    }
}
