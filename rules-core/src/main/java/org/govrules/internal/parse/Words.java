package org.govrules.internal.parse;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How text is cut into words and words reduced to the form that vocabulary terms are matched in. */
final class Words {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['-][\\p{L}\\p{N}]+)*");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Co}\\p{Cn}&&[^\\n\\t]]");
    private static final Map<String, Integer> NUMBERS = Map.ofEntries(
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
            Map.entry("single", 1));
    private static final Pattern NUMBER_WORD = Pattern.compile("\\b(" + String.join("|", NUMBERS.keySet()) + ")\\b");

    private Words() {}

    /** Lower case, compatibility-normalised, typographic quotes made plain, control characters dropped. */
    static String normalise(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        s = s.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u2013', '-').replace('\u2014', ' ');
        return CONTROL.matcher(s).replaceAll(" ");
    }

    /** The normalised text with number words written as digits, for fact patterns. */
    static String withDigits(String normalised) {
        Matcher m = NUMBER_WORD.matcher(normalised);
        var out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, String.valueOf(NUMBERS.get(m.group(1))));
        }
        m.appendTail(out);
        return out.toString();
    }

    static List<Token> tokens(String original, String normalised) {
        var tokens = new ArrayList<Token>();
        Matcher m = WORD.matcher(normalised);
        while (m.find()) {
            String raw = m.end() <= original.length() && normalised.length() == original.length()
                    ? original.substring(m.start(), m.end())
                    : m.group();
            tokens.add(new Token(raw, m.start(), stem(m.group())));
        }
        return tokens;
    }

    /** Drops a possessive and a plural or third-person "s", so that "members", "member's" and "member" meet. */
    static String stem(String word) {
        String w = word.endsWith("'s") ? word.substring(0, word.length() - 2) : word;
        if (w.endsWith("ies") && w.length() > 4) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }

    /** The stems of a vocabulary phrase, without stop words. */
    static List<String> phrase(String text, java.util.Set<String> stopwords) {
        String n = normalise(text);
        return tokens(n, n).stream().map(Token::stem).filter(s -> !stopwords.contains(s)).toList();
    }

    /** Damerau-Levenshtein distance (optimal string alignment), stopping early past {@code limit}. */
    static int distance(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) > limit) {
            return limit + 1;
        }
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int rowMin = Integer.MAX_VALUE;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, d[i - 2][j - 2] + 1);
                }
                d[i][j] = v;
                rowMin = Math.min(rowMin, v);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
        }
        return d[a.length()][b.length()];
    }
}
