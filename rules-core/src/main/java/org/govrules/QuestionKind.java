package org.govrules;

/** Whether a question asks for a verdict ("may / must / can X do Y?") or for information ("who / when / how?"). */
public enum QuestionKind {
    PERMISSION,
    INFORMATION;

    /** The lower-case name used in the command line's JSON ({@code permission}, {@code information}). */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
