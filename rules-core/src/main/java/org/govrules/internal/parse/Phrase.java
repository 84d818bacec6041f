package org.govrules.internal.parse;

import java.util.List;

/**
 * A vocabulary phrase in matching form, with what it stands for.
 *
 * @param stems   the phrase's stems, stop words removed
 * @param meaning what a match means (a party, a fact, a body id, a topic term)
 */
record Phrase<T>(List<String> stems, T meaning) {

    /** The position of the first match at or after {@code from} in {@code words}, or -1. */
    int find(List<String> words, int from) {
        outer:
        for (int i = from; i <= words.size() - stems.size(); i++) {
            for (int j = 0; j < stems.size(); j++) {
                if (!words.get(i + j).equals(stems.get(j))) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    int length() {
        return stems.size();
    }
}
