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

    public Finding {
        Objects.requireNonNull(reason, "reason");
        conditions = List.copyOf(conditions);
    }

    public Finding(Verdict verdict, String reason, List<String> conditions) {
        this(verdict, reason, conditions, false);
    }

    /** Provided for, obliging no one: the answer's verdict follows what was asked (see {@code optional}). */
    public static Finding optional(String reason) {
        return new Finding(Verdict.NOT_REQUIRED, reason, List.of(), true);
    }

    public static Finding information(String text) {
        return new Finding(null, text, List.of());
    }

    public static Finding permitted(String reason) {
        return new Finding(Verdict.PERMITTED, reason, List.of());
    }

    public static Finding required(String reason) {
        return new Finding(Verdict.REQUIRED, reason, List.of());
    }

    public static Finding notRequired(String reason) {
        return new Finding(Verdict.NOT_REQUIRED, reason, List.of());
    }

    /** A prohibition; {@code failed} names the conditions that are known to fail, if any. */
    public static Finding forbidden(String reason, String... failed) {
        return new Finding(Verdict.FORBIDDEN, reason, List.of(failed));
    }

    /** A condition the question leaves open. */
    public static Finding conditional(String condition, String reason) {
        return new Finding(Verdict.CONDITIONAL, reason, List.of(condition));
    }

    public static Finding notAddressed(String reason) {
        return new Finding(Verdict.NOT_ADDRESSED, reason, List.of());
    }

    public boolean isInformation() {
        return verdict == null;
    }
}
