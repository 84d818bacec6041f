package org.govrules.assistant;

import java.util.List;
import org.govrules.Answer;
import org.govrules.Deadline;
import org.govrules.Provision;

/**
 * What the assistant replies, in a form each channel renders its own way (HTML for Telegram, plain text and HTML
 * for e-mail, text in a terminal): a kind, a short text, and the structured content behind it.
 *
 * @param kind       what sort of reply
 * @param text       the reply in plain words, complete on its own
 * @param answer     the answer to a question, or null
 * @param deadlines  deadlines, for a deadlines reply
 * @param provisions provisions, for a provision reply
 */
public record Reply(Kind kind, String text, Answer answer, List<Deadline> deadlines, List<Provision> provisions) {

    /** What sort of reply. */
    public enum Kind { ANSWER, DEADLINES, PROVISION, SUBSCRIBED, UNSUBSCRIBED, RECORDED, REFUSED, HELP }

    public Reply {
        deadlines = List.copyOf(deadlines);
        provisions = List.copyOf(provisions);
    }

    static Reply of(Kind kind, String text) {
        return new Reply(kind, text, null, List.of(), List.of());
    }
}
