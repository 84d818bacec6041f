package org.govrules;

/**
 * The verdict on a permission question. Information questions carry no verdict.
 *
 * <p>The order of the constants is the order of precedence used when several provisions speak to one question:
 * a prohibition or a failed condition outweighs an open condition, which outweighs an obligation or a permission.
 */
public enum Verdict {
    /** The action is not allowed: prohibited, outside scope, or a required condition is known to fail. */
    FORBIDDEN,
    /** The action is allowed only if conditions hold that the question leaves open; the answer lists each. */
    CONDITIONAL,
    /** The actor is obliged to do it. */
    REQUIRED,
    /** Allowed but voluntary or non-binding: nobody is obliged. */
    NOT_REQUIRED,
    /** Allowed (expressly, or within the body's stated scope) and nothing further is required. */
    PERMITTED,
    /** The instruments say nothing on this; the answer says so instead of guessing. */
    NOT_ADDRESSED
}
