package org.govrules.rules;

/**
 * A role held on the question's date, as a fact the rules can read: e.g. who is the Voluntary Lead Shepherd.
 *
 * @param role   the role id
 * @param holder who holds it, as written in answers
 */
public record Holder(String role, String holder) {}
