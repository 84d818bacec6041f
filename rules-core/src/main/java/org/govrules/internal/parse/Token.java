package org.govrules.internal.parse;

/**
 * A word of a question: as written, and as matched (lower case, light stemming, typos corrected).
 *
 * @param original the word as written
 * @param start    its offset in the lower-cased text
 * @param stem     the form vocabulary terms are matched against
 */
record Token(String original, int start, String stem) {

    Token withStem(String newStem) {
        return new Token(original, start, newStem);
    }
}
