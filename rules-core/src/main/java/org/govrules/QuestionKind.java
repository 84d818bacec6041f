package org.govrules;

/** Whether a question asks for a verdict ("may / must / can X do Y?") or for information ("who / when / how?"). */
public enum QuestionKind {
    /** Asks whether something may, must or need not be done: answered with a verdict. */
    PERMISSION,
    /** Asks who, what, when or how many: answered with information. */
    INFORMATION;

    /** {@return the lower-case name used in the command line's JSON ({@code permission}, {@code information})} */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
