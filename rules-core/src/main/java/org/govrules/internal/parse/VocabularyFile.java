package org.govrules.internal.parse;

import java.util.List;
import java.util.Map;

/**
 * One vocabulary file of the knowledge base, as YAML. The common file holds the language (question words, stop
 * words, how agreement and objection are said, states, organisations, roles); each body's file holds the body's
 * names, its topics, the facts its questions state, and example questions. Every field is optional.
 *
 * <p>{@code memberNouns} are the words a count of members is said with ("9 member states agree"); {@code elsewhere}
 * lists bodies and instruments the knowledge base does not hold; {@code abbreviations} are written out before a
 * question is read ("RP" is "Resource Panel"); {@code instrumentNames} are what a body's instruments are called
 * ("terms of reference"): they name the body unless the question names a body or instrument not held ("the terms
 * of reference of the ARF"). {@code obligations} names the topic of a body whose instruments bind no one that
 * answers a yes/no question none of its other topics answers ("Must PNG join the passport system?").
 * {@code adoptionAsked} is an expression over the lower-cased question sentence that asks when or where an
 * instrument was adopted, answered from the instrument's own record of it.
 */
public record VocabularyFile(
        String body,
        List<String> names,
        List<String> examples,
        List<StateEntry> states,
        List<PartyEntry> parties,
        List<String> stopwords,
        List<String> permissionCues,
        List<String> informationCues,
        List<String> permissionWords,
        Map<String, List<String>> dateCues,
        List<String> agreeVerbs,
        List<String> objectVerbs,
        List<String> memberNouns,
        List<FactPhrases> facts,
        List<FactPattern> patterns,
        List<TopicEntry> topics,
        List<Elsewhere> elsewhere,
        Map<String, String> abbreviations,
        List<String> instrumentNames,
        Map<String, List<String>> conditionNouns,
        List<DetailAsked> detailsAsked,
        String obligations,
        List<AnswerType> answerTypes,
        String adoptionAsked) {

    /**
     * A kind of detail a question can ask for ("how many weeks", "in which month", "how often", "how is it chosen"),
     * and how an answer shows it. An answer that the texts give without it says the texts do not specify it.
     *
     * @param what  how the answer names the detail ("the number or length of time asked for")
     * @param asked a regular expression over the lower-cased question sentence
     * @param shown a regular expression over the lower-cased answer that shows the detail is given
     */
    public record DetailAsked(String what, String asked, String shown) {}

    /**
     * What kind of answer a question asks for ("where" a place, "when" a year), and how a sentence of the texts shows
     * one: a background question is answered with the passage that holds it, not the one that merely shares words.
     *
     * @param asked a regular expression over the lower-cased question sentence
     * @param shown a regular expression over a sentence as written (capitals tell names)
     */
    public record AnswerType(String asked, String shown) {}

    /** The answer types of every file, in order. */
    public static List<AnswerType> answerTypes(List<VocabularyFile> files) {
        return files.stream().filter(f -> f.answerTypes() != null).flatMap(f -> f.answerTypes().stream()).toList();
    }

    /** The expression that asks when or where an instrument was adopted, if a file gives one. */
    public static java.util.Optional<java.util.regex.Pattern> adoptionAsked(List<VocabularyFile> files) {
        return files.stream().map(VocabularyFile::adoptionAsked).filter(java.util.Objects::nonNull).findFirst()
                .map(java.util.regex.Pattern::compile);
    }

    /** The details-asked entries of every file, in order. */
    public static List<DetailAsked> detailsAsked(List<VocabularyFile> files) {
        return files.stream().filter(f -> f.detailsAsked() != null).flatMap(f -> f.detailsAsked().stream()).toList();
    }

    /**
     * The condition nouns of every file: a word that names a condition in "Is {@code unanimity} required to …?", to
     * the stems that show that condition in an answer's conditions ({@code all}, {@code every}, {@code unanim}).
     */
    public static Map<String, List<String>> conditionNouns(List<VocabularyFile> files) {
        var all = new java.util.TreeMap<String, List<String>>();
        files.forEach(f -> {
            if (f.conditionNouns() != null) {
                all.putAll(f.conditionNouns());
            }
        });
        return java.util.Collections.unmodifiableMap(all);
    }

    /**
     * A body or instrument the knowledge base does not hold, as a regular expression over the lower-cased question;
     * a question about it is told so instead of being answered with another body's rules.
     *
     * @param name  how the answer names it; the matched words when absent
     * @param regex the expression
     */
    public record Elsewhere(String name, String regex) {}

    /** A state: its ISO 3166 alpha-2 code, the name answers use, and other names officials write. */
    public record StateEntry(String code, String name, List<String> aliases) {}

    /** An organisation or role: id, kind ({@code organisation} or {@code role}), name in answers, and aliases. */
    public record PartyEntry(String id, String kind, String name, List<String> aliases) {}

    /** Phrases that state a fact: any of {@code phrases} means {@code name = value}. */
    public record FactPhrases(String name, String value, List<String> phrases) {}

    /** A regular expression over the lower-cased question whose group 1 is the value of fact {@code name}. */
    public record FactPattern(String name, String regex) {}

    /**
     * A topic: what a question asks. It matches when every group in {@code all} has one of its terms in the question
     * (a term {@code fact:NAME} matches when the question states fact NAME); {@code any} terms make it more likely.
     * {@code none} terms rule it out; {@code kinds} limits it to permission or information questions.
     */
    public record TopicEntry(String id, List<String> kinds, List<List<String>> all, List<String> any, List<String> none) {}
}
