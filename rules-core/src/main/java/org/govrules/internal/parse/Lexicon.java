package org.govrules.internal.parse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.govrules.Party;
import org.govrules.QuestionKind;
import org.govrules.Stated;

/** The knowledge base's vocabulary files compiled for matching: every phrase as stems, longest first. */
final class Lexicon {

    record FactRegex(String name, Pattern regex) {}

    static final String SILENT = "silent:";

    final Set<String> stopwords = new HashSet<>();
    final Set<String> permissionCues = new HashSet<>();
    final Set<String> informationCues = new HashSet<>();
    final List<Phrase<String>> permissionPhrases = new ArrayList<>();
    /** Permission words of several words ("have to"), matched on the text since their stop words matter. */
    final List<Pattern> permissionExpressions = new ArrayList<>();
    final Set<String> agreeVerbs = new HashSet<>();
    final Set<String> objectVerbs = new HashSet<>();
    /** A number of members ("9 member states agree"), as group 1. */
    final Pattern memberCount;
    final List<Phrase<Party>> parties = new ArrayList<>();
    final Map<String, Party> statesByCode = new HashMap<>();
    final List<Phrase<String>> bodyNames = new ArrayList<>();
    /** The words of body names that are only what its instruments are called. */
    final Set<String> instrumentNames = new HashSet<>();
    final List<Phrase<Stated>> facts = new ArrayList<>();
    /** The bodies whose own vocabulary declares a fact ("activity = education-exchange" is the ADMM paper's). */
    final Map<Stated, java.util.Set<String>> factBodies = new java.util.HashMap<>();
    final List<FactRegex> patterns = new ArrayList<>();
    /** Abbreviations officials write, as whole-word expressions, and what they stand for. */
    final Map<Pattern, String> abbreviations = new LinkedHashMap<>();
    /** Bodies and instruments not held: how to name each, and the expression that finds it. */
    final Map<Pattern, String> elsewhere = new LinkedHashMap<>();
    final List<Topic> topics = new ArrayList<>();
    final Map<String, List<String>> examples = new LinkedHashMap<>();
    /** Each body's silence file; its matters are topics whose id is {@link #SILENT} and the matter's index. */
    final Map<String, SilenceFile> silences = new HashMap<>();
    /** Per body whose instruments bind no one, the topic that answers obligation questions (see VocabularyFile). */
    final Map<String, String> obligationTopics = new HashMap<>();
    final DateFinder dates;
    /** Words that name a condition, to the stems that show it in a condition's text. */
    final Map<String, List<String>> conditionNouns;
    private final Set<String> known = new HashSet<>();
    private final Map<Integer, List<String>> knownByLength = new HashMap<>();

    Lexicon(List<VocabularyFile> files, List<SilenceFile> silent) {
        conditionNouns = VocabularyFile.conditionNouns(files);
        var dateCues = new LinkedHashMap<String, List<String>>();
        var memberNouns = new ArrayList<String>();
        for (var f : files) {
            stopwords.addAll(stems(f.stopwords()));
        }
        for (var f : files) {
            permissionCues.addAll(lower(f.permissionCues()));
            informationCues.addAll(lower(f.informationCues()));
            for (String w : orEmpty(f.permissionWords())) {
                if (w.strip().contains(" ")) {
                    permissionExpressions.add(Pattern.compile("\\b" + Words.normalise(w).strip().replace(" ", "\\s+") + "\\b"));
                } else {
                    add(permissionPhrases, w, w);
                }
            }
            agreeVerbs.addAll(stems(f.agreeVerbs()));
            objectVerbs.addAll(stems(f.objectVerbs()));
            memberNouns.addAll(lower(f.memberNouns()));
            if (f.dateCues() != null) {
                f.dateCues().forEach((fact, words) -> dateCues.computeIfAbsent(fact, k -> new ArrayList<>())
                        .addAll(lower(words)));
            }
            for (var s : orEmpty(f.states())) {
                Party state = new Party(s.code(), Party.Kind.STATE, s.name());
                statesByCode.put(s.code(), state);
                add(parties, s.name(), state);
                orEmpty(s.aliases()).forEach(alias -> add(parties, alias, state));
            }
            for (var p : orEmpty(f.parties())) {
                Party party = new Party(p.id(), Party.Kind.valueOf(p.kind().toUpperCase(Locale.ROOT)), p.name());
                add(parties, p.name(), party);
                orEmpty(p.aliases()).forEach(alias -> add(parties, alias, party));
            }
            for (var fact : orEmpty(f.facts())) {
                var stated = new Stated(fact.name(), fact.value());
                for (String phrase : fact.phrases()) {
                    add(facts, phrase, stated);
                }
                if (f.body() != null) {
                    factBodies.computeIfAbsent(stated, k -> new java.util.TreeSet<>()).add(f.body());
                }
            }
            if (f.abbreviations() != null) {
                f.abbreviations().forEach((abbreviation, meaning) -> abbreviations.put(Pattern.compile(
                        "(?<![\\p{L}\\p{N}-])" + Pattern.quote(abbreviation) + "(?![\\p{L}\\p{N}-])",
                        Pattern.CASE_INSENSITIVE), java.util.regex.Matcher.quoteReplacement(meaning)));
            }
            for (var e : orEmpty(f.elsewhere())) {
                elsewhere.put(Pattern.compile(e.regex()), e.name() == null ? "" : e.name());
            }
            for (var p : orEmpty(f.patterns())) {
                patterns.add(new FactRegex(p.name(), Pattern.compile(p.regex())));
            }
            if (f.body() != null) {
                orEmpty(f.names()).forEach(name -> add(bodyNames, name, f.body()));
                for (String name : orEmpty(f.instrumentNames())) {
                    add(bodyNames, name, f.body());
                    instrumentNames.add(String.join(" ", Words.phrase(name, stopwords)));
                }
                examples.computeIfAbsent(f.body(), k -> new ArrayList<>()).addAll(orEmpty(f.examples()));
                if (f.obligations() != null) {
                    obligationTopics.put(f.body(), f.obligations());
                }
                for (var t : orEmpty(f.topics())) {
                    topics.add(topic(f.body(), t.id(), t.kinds(), t.all(), t.any(), t.none()));
                }
            }
        }
        for (var file : silent) {
            silences.put(file.body(), file);
            var matters = orEmpty(file.matters());
            for (int i = 0; i < matters.size(); i++) {
                var m = matters.get(i);
                topics.add(topic(file.body(), SILENT + i, null, m.all(), m.any(), m.none()));
            }
        }
        memberNouns.sort(Comparator.comparingInt(n -> -n.length()));
        memberCount = Pattern.compile("\\b(\\d{1,3}) (?:" + String.join("|", memberNouns.stream().map(Pattern::quote).toList())
                + ")\\b");
        known.addAll(permissionCues);
        known.addAll(informationCues);
        known.addAll(agreeVerbs);
        known.addAll(objectVerbs);
        known.addAll(stopwords);
        dateCues.values().forEach(words -> words.forEach(w -> known.add(Words.stem(w))));
        // Month names are words, not typos ("November" is two edits from "nonmember").
        DateFinder.MONTH_NAMES.forEach(m -> known.add(Words.stem(m)));
        Comparator<Phrase<?>> longestFirst = Comparator.comparingInt(p -> -p.length());
        parties.sort(longestFirst);
        bodyNames.sort(longestFirst);
        facts.sort(longestFirst);
        for (String word : known) {
            knownByLength.computeIfAbsent(word.length(), k -> new ArrayList<>()).add(word);
        }
        dates = new DateFinder(dateCues);
    }

    private Topic topic(String body, String id, List<String> kindNames, List<List<String>> all, List<String> any,
            List<String> none) {
        var kinds = EnumSet.noneOf(QuestionKind.class);
        if (kindNames == null || kindNames.isEmpty()) {
            kinds.addAll(EnumSet.allOf(QuestionKind.class));
        } else {
            kindNames.forEach(k -> kinds.add(QuestionKind.valueOf(k.toUpperCase(Locale.ROOT))));
        }
        var groups = new ArrayList<List<Phrase<String>>>();
        for (var group : orEmpty(all)) {
            var terms = new ArrayList<Phrase<String>>();
            group.forEach(term -> add(terms, term, term));
            groups.add(List.copyOf(terms));
        }
        var hints = new ArrayList<Phrase<String>>();
        orEmpty(any).forEach(term -> add(hints, term, term));
        var excluded = new ArrayList<Phrase<String>>();
        orEmpty(none).forEach(term -> add(excluded, term, term));
        return new Topic(body, id, kinds, groups, hints, excluded);
    }

    private <T> void add(List<Phrase<T>> into, String text, T meaning) {
        if (text.startsWith("fact:")) {
            into.add(new Phrase<>(List.of(text), meaning));
            return;
        }
        List<String> stems = Words.phrase(text, stopwords);
        if (stems.isEmpty()) {
            throw new IllegalArgumentException("vocabulary phrase '" + text + "' is made only of stop words");
        }
        // "then what" without its stop word is "what": it would match every question asking what.
        if (stems.size() == 1 && text.strip().contains(" ")
                && (informationCues.contains(stems.get(0)) || permissionCues.contains(stems.get(0)))) {
            throw new IllegalArgumentException("vocabulary phrase '" + text + "' is only the question word '"
                    + stems.get(0) + "' once its stop words are left out");
        }
        known.addAll(stems);
        into.add(new Phrase<>(stems, meaning));
    }

    /** True if the vocabulary knows the stem: a word of a topic, a party, a cue or a stop word. */
    boolean knows(String stem) {
        return known.contains(stem) || isPartyOrStopWord(stem);
    }

    /** True if a stem names no body's own matter: a word of a state's, organisation's or role's name, or a stop word. */
    boolean isPartyOrStopWord(String stem) {
        return stopwords.contains(stem) || permissionCues.contains(stem) || informationCues.contains(stem)
                || parties.stream().anyMatch(p -> p.stems().contains(stem));
    }

    /**
     * The known word a misspelt word most likely stands for: one edit away for words of five to seven letters, two
     * for longer ones, and only if exactly one known word is that near. Short words and numbers are left alone.
     */
    String correct(String stem) {
        if (stem.length() < 5 || known.contains(stem) || Character.isDigit(stem.charAt(0)) || inflected(stem)) {
            return stem;
        }
        int limit = stem.length() >= 8 ? 2 : 1;
        String best = null;
        int bestDistance = limit + 1;
        boolean tie = false;
        for (int len = stem.length() - limit; len <= stem.length() + limit; len++) {
            for (String word : knownByLength.getOrDefault(len, List.of())) {
                int d = Words.distance(stem, word, limit);
                if (d < bestDistance) {
                    best = word;
                    bestDistance = d;
                    tie = false;
                } else if (d == bestDistance && best != null && !best.equals(word)) {
                    tie = true;
                }
            }
        }
        return best != null && !tie ? best : stem;
    }

    /** "covering" is "cover" inflected, not a misspelt "catering": a known word with -ing or -ed is no typo. */
    private boolean inflected(String stem) {
        for (String suffix : List.of("ing", "ed")) {
            if (stem.endsWith(suffix)) {
                String base = stem.substring(0, stem.length() - suffix.length());
                if (known.contains(base) || known.contains(base + "e")) {
                    return true;
                }
            }
        }
        return false;
    }

    private List<String> stems(List<String> words) {
        return orEmpty(words).stream().map(w -> Words.stem(Words.normalise(w))).toList();
    }

    private static List<String> lower(List<String> words) {
        return orEmpty(words).stream().map(Words::normalise).toList();
    }

    static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
