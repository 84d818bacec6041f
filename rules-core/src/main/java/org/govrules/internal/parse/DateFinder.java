package org.govrules.internal.parse;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds dates in a question: ISO dates ({@code 2026-03-02}), written dates ({@code 2 March 2026},
 * {@code March 2, 2026}), and a bare day of the month ({@code the 10th}), read in the month of the last full date
 * before it. The fact each date states comes from the nearest cue word before it, or just after it.
 */
final class DateFinder {

    private static final String MONTHS =
            "january|february|march|april|may|june|july|august|september|october|november|december"
                    + "|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec";
    /** The month names and abbreviations dates are written with. */
    static final List<String> MONTH_NAMES = List.of(MONTHS.split("\\|"));
    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{1,2})-(\\d{1,2})\\b");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "\\b(\\d{1,2})(?:st|nd|rd|th)?(?: of)? (" + MONTHS + ")\\.?,? (\\d{4})\\b");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "\\b(" + MONTHS + ")\\.? (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})\\b");
    /** "in March 2025", "Sept 2025": a month only, read as its first day, and only as the date asked about. */
    private static final Pattern MONTH_YEAR = Pattern.compile("\\b(" + MONTHS + ")\\.? (\\d{4})\\b");
    private static final Pattern DAY_ONLY = Pattern.compile("\\bthe (\\d{1,2})(?:st|nd|rd|th)\\b");
    private static final int CUE_WINDOW = 48;
    private static final int CLAUSE_WINDOW = 120;

    private record Cue(String fact, Pattern word) {}

    private final List<Cue> cues;

    DateFinder(Map<String, List<String>> cuesByFact) {
        var all = new ArrayList<Cue>();
        cuesByFact.forEach((fact, words) -> words.forEach(
                w -> all.add(new Cue(fact, Pattern.compile("\\b" + Pattern.quote(w) + "\\w*")))));
        this.cues = List.copyOf(all);
    }

    List<DateMention> find(String text) {
        var found = new ArrayList<Found>();
        collect(ISO.matcher(text), found, m -> date(m.group(1), m.group(2), m.group(3)));
        collect(DAY_MONTH_YEAR.matcher(text), found, m -> date(m.group(3), month(m.group(2)), m.group(1)));
        collect(MONTH_DAY_YEAR.matcher(text), found, m -> date(m.group(3), month(m.group(1)), m.group(2)));
        var months = new ArrayList<Found>();
        collect(MONTH_YEAR.matcher(text), months, m -> date(m.group(2), month(m.group(1)), "1"));
        months.stream().filter(mo -> found.stream().noneMatch(f -> mo.start < f.end && mo.end > f.start))
                .map(mo -> new Found(mo.start, mo.end, mo.text, mo.date, true)).forEach(found::add);
        found.sort(Comparator.comparingInt(Found::start));
        Matcher day = DAY_ONLY.matcher(text);
        var relative = new ArrayList<Found>();
        while (day.find()) {
            int at = day.start();
            LocalDate before = found.stream().filter(f -> f.end <= at && f.date != null)
                    .reduce((a, b) -> b).map(Found::date).orElse(null);
            if (before != null) {
                relative.add(new Found(at, day.end(), day.group(), safe(() -> before.withDayOfMonth(
                        Integer.parseInt(day.group(1)))), false));
            }
        }
        found.addAll(relative);
        found.sort(Comparator.comparingInt(Found::start));
        // A month alone is too coarse for a deadline ("transmitted in March"): it only ever sets the date asked about.
        return found.stream().map(f -> new DateMention(f.text, f.date, cue(text, f.start, f.end)))
                .filter(d -> !monthOnly(found, d) || d.fact().equals("date")).toList();
    }

    private interface DateOf {
        LocalDate of(Matcher m);
    }

    private record Found(int start, int end, String text, LocalDate date, boolean month) {

        Found(int start, int end, String text, LocalDate date) {
            this(start, end, text, date, false);
        }
    }

    private static boolean monthOnly(List<Found> found, DateMention mention) {
        return found.stream().anyMatch(f -> f.month && f.text.equals(mention.text()));
    }

    private static void collect(Matcher m, List<Found> into, DateOf of) {
        while (m.find()) {
            int s = m.start();
            if (into.stream().noneMatch(f -> s < f.end && m.end() > f.start)) {
                into.add(new Found(s, m.end(), m.group(), safe(() -> of.of(m))));
            }
        }
    }

    private static LocalDate safe(java.util.function.Supplier<LocalDate> date) {
        try {
            return date.get();
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static LocalDate date(String year, String month, String day) {
        return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
    }

    private static String month(String name) {
        String[] all = MONTHS.split("\\|");
        for (int i = 0; i < 12; i++) {
            if (name.startsWith(all[i].substring(0, 3))) {
                return String.valueOf(i + 1);
            }
        }
        throw new DateTimeException("no month " + name);
    }

    /** The fact whose cue word stands nearest before the date, else nearest after it, else {@code date}. */
    private String cue(String text, int start, int end) {
        // The cue is looked for in the date's own sentence, however the words between ("transmitted the draft
        // summary record via the SOMTC Focal Points on Wednesday 14 October") push it back.
        int from = Math.max(0, start - CLAUSE_WINDOW);
        for (int i = start - 1; i >= from; i--) {
            if (".?!;".indexOf(text.charAt(i)) >= 0 && Character.isWhitespace(text.charAt(i + 1))) {
                from = i + 1;
                break;
            }
        }
        String before = text.substring(from, start);
        String after = text.substring(end, Math.min(text.length(), end + CUE_WINDOW / 2));
        String best = "date";
        int bestAt = -1;
        for (Cue cue : cues) {
            Matcher m = cue.word.matcher(before);
            while (m.find()) {
                if (m.start() > bestAt) {
                    bestAt = m.start();
                    best = cue.fact;
                }
            }
        }
        if (bestAt >= 0) {
            return best;
        }
        int nearest = Integer.MAX_VALUE;
        for (Cue cue : cues) {
            Matcher m = cue.word.matcher(after);
            if (m.find() && m.start() < nearest) {
                nearest = m.start();
                best = cue.fact;
            }
        }
        return best;
    }
}
