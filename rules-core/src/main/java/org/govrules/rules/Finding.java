package org.govrules.rules;

import java.util.List;
import java.util.Objects;
import org.govrules.Verdict;

/**
 * What one rule concludes about a question. Rules insert findings; the engine records which rule inserted each one
 * (and so which provision it rests on) and composes the answer from them.
 *
 * <p>A finding's {@code reason} is the reason in words, without a leading "Yes." or "No.": the engine adds the lead
 * that fits the verdict all findings together reach.
 *
 * @param verdict    the verdict this finding supports, or {@code null} for an answer to an information question
 * @param reason     the reason or information in words
 * @param conditions for a {@code CONDITIONAL} finding the condition left open; for a {@code FORBIDDEN} one the
 *                   condition that failed
 * @param optional   the texts provide for it without obliging anyone ("exchange visits are one of the forms of
 *                   activity"): asked "must we?", not required; asked "can we?", permitted
 */
public record Finding(Verdict verdict, String reason, List<String> conditions, boolean optional) {

    /**
     * Checks that a reason is given and copies the conditions.
     *
     * @param verdict    the verdict this finding supports
     * @param reason     the reason or information in words
     * @param conditions for a {@code CONDITIONAL} finding the condition left open
     * @param optional   the texts provide for it without obliging anyone ("exchange visits are one of the forms of activity"): asked "must we?", not required
     */
    public Finding {
        Objects.requireNonNull(reason, "reason");
        conditions = List.copyOf(conditions);
    }

    /**
     * A finding that follows the verdict as it stands.
     *
     * @param verdict    the verdict, or {@code null} for information
     * @param reason     why, in the words the answer will use
     * @param conditions the conditions left open
     */
    public Finding(Verdict verdict, String reason, List<String> conditions) {
        this(verdict, reason, conditions, false);
    }

    /**
     * Provided for, obliging no one: the answer's verdict follows what was asked (see {@code optional}).
     *
     * @param reason why, in the words the answer will use
     * @return the finding
     */
    public static Finding optional(String reason) {
        return new Finding(Verdict.NOT_REQUIRED, reason, List.of(), true);
    }

    /**
     * An answer to an information question: no verdict.
     *
     * @param text the information, in words
     * @return the finding
     */
    public static Finding information(String text) {
        return new Finding(null, text, List.of());
    }

    /**
     * Allowed.
     *
     * @param reason why, in the words the answer will use
     * @return the finding
     */
    public static Finding permitted(String reason) {
        return new Finding(Verdict.PERMITTED, reason, List.of());
    }

    /**
     * Required.
     *
     * @param reason why, in the words the answer will use
     * @return the finding
     */
    public static Finding required(String reason) {
        return new Finding(Verdict.REQUIRED, reason, List.of());
    }

    /**
     * Not required.
     *
     * @param reason why, in the words the answer will use
     * @return the finding
     */
    public static Finding notRequired(String reason) {
        return new Finding(Verdict.NOT_REQUIRED, reason, List.of());
    }

    /**
     * A prohibition.
     *
     * @param reason why, in the words the answer will use
     * @param failed the conditions known to fail, if any
     * @return the finding
     */
    public static Finding forbidden(String reason, String... failed) {
        return new Finding(Verdict.FORBIDDEN, reason, List.of(failed));
    }

    /**
     * A condition the question leaves open.
     *
     * @param condition what must hold, in words
     * @param reason    why, in the words the answer will use
     * @return the finding
     */
    public static Finding conditional(String condition, String reason) {
        return new Finding(Verdict.CONDITIONAL, reason, List.of(condition));
    }

    /**
     * The texts do not address the matter.
     *
     * @param reason what they do not say, and what they do
     * @return the finding
     */
    public static Finding notAddressed(String reason) {
        return new Finding(Verdict.NOT_ADDRESSED, reason, List.of());
    }

    /** {@return true for an information finding, which has no verdict} */
    public boolean isInformation() {
        return verdict == null;
    }
}
