package org.govrules.internal.parse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govrules.Party;
import org.govrules.Question;
import org.govrules.Reading;
import org.govrules.QuestionKind;
import org.govrules.Stated;

/**
 * Turns a question in plain English into a {@link Question}, using only the vocabulary the knowledge base supplies.
 *
 * <p>It does not guess: a question whose topic it cannot tell, or that two topics fit equally well, comes back
 * with its topic unset and a note of what was not understood; a date that is not a date is reported, not dropped.
 */
public final class QuestionParser {

    /** Longer input is refused rather than parsed: no real question is that long (Telegram caps messages at 4096). */
    public static final int MAX_LENGTH = 4096;

    /** The problem noted when two topics fit a question equally well. */
    public static final String AMBIGUOUS = "The question could be about more than one thing; ask about one at a time.";

    /** A word with a capital that does not begin a sentence. */
    private static final Pattern CAPITALISED = Pattern.compile("(?<![.?!]\\s)(?<!^)\\b\\p{Lu}[\\p{L}\\p{N}-]*");

    private static final String BODY_TOKEN = "\u0000body";
    private static final Set<String> NEGATIONS = Set.of("not", "no", "never", "doesn't", "don't", "won't", "didn't",
            "cannot", "can't", "refuse", "without");
    private static final Pattern COUNT_OF = Pattern.compile("\\b(\\d{1,3}) (?:of|out of) (?:the |all )?(\\d{1,3})\\b");
    /** "voted 8 to 3", "a vote of 8-3": those for, then those against. */
    private static final Pattern VOTE_COUNT = Pattern.compile(
            "\\bvot(?:e|ed|ing)\\b(?:\\s+\\w+){0,2}?\\s+(\\d{1,3})\\s*(?:to|-|:|vs\\.?|against)\\s*(\\d{1,3})\\b");
    /** "approved by 7 of 10": the verb before the count, in the passive. */
    private static final Pattern VERB_BY = Pattern.compile("(\\p{L}+)\\s+by\\s*$");
    /** "Which bodies ...", "each body", "all the bodies": not "which ASEAN sectoral body does the WG report to". */
    private static final Pattern ACROSS = Pattern.compile(
            "\\b(?:(?:which|what|all|both|other|several)\\b(?:\\s+\\S+){0,2}\\s+bodies|(?:each|every)\\s+body)\\b");

    /**
     * Where a sentence ends: after a question mark; after . ; : before a capital ("Please tell me: Can INTERPOL
     * attend?") or before a question word written in lower case, as officials type in chat ("… status in WG on AS. can
     * they be accepted?").
     */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[?!])\\s+|(?<=[.;:])\\s+(?=\\p{Lu}|(?:can|could"
            + "|may|must|should|shall|is|are|does|do|did|will|would|who|what|when|where|which|how|why|pls|please"
            // A question opening with where it is set: "Quick q: under the concept paper must we …?"
            + "|under|for|during|regarding|according)\\b)");
    /** A question opening with where or when it is set: the question word comes after ("For the next mtg must …"). */
    private static final Pattern FRONTED = Pattern.compile("^(?:for|in|at|on|during|under|after|before|by|regarding"
            + "|re|about|as|with|from)\\b");

    private final Lexicon lexicon;
    private final OtherBodies otherBodies;
    private final Map<String, Set<String>> bodiesOfState;

    /**
     * @param vocabulary    every vocabulary file, common first
     * @param silences      each body's silent matters
     * @param bodiesOfState for each state code, the bodies it has been a member of (or, a member of none, whose
     *                      texts name it)
     */
    public QuestionParser(List<VocabularyFile> vocabulary, List<SilenceFile> silences,
            Map<String, Set<String>> bodiesOfState) {
        this.bodiesOfState = Map.copyOf(bodiesOfState);
        this.lexicon = new Lexicon(vocabulary, silences);
        this.otherBodies = new OtherBodies(lexicon);
    }

    /** The matter a body's texts are silent on, if the topic a question was read as is one. */
    public Optional<SilenceFile.Matter> silentMatter(String body, String topic) {
        var file = lexicon.silences.get(body);
        if (file == null || topic == null || !topic.startsWith(Lexicon.SILENT)) {
            return Optional.empty();
        }
        return Optional.of(file.matters().get(Integer.parseInt(topic.substring(Lexicon.SILENT.length()))));
    }

    /**
     * The one body every state the question names belongs to, if there is one: "Must Vanuatu attend the preparatory
     * meetings?" is the MSG network's, whatever words it shares with other bodies' topics.
     */
    private Optional<String> onlyBodyOf(List<Party> parties) {
        Set<String> common = null;
        for (Party p : parties) {
            if (p.kind() == Party.Kind.STATE) {
                var of = new HashSet<>(bodiesOfState.getOrDefault(p.id(), Set.of()));
                if (common == null) {
                    common = of;
                } else {
                    common.retainAll(of);
                }
            }
        }
        return common != null && common.size() == 1 ? Optional.of(common.iterator().next()) : Optional.empty();
    }

    /** The topic of a body whose instruments bind no one that answers its yes/no questions, if it is one. */
    public Optional<String> bindsNoOne(String body) {
        return Optional.ofNullable(lexicon.obligationTopics.get(body));
    }

    /** How an answer opens to say a body's texts are silent ("The Terms of Reference do not address"). */
    public String silenceOpening(String body) {
        var file = lexicon.silences.get(body);
        return file == null || file.opening() == null ? "The instruments do not address" : file.opening();
    }

    /** Example questions for a body, to show someone whose question was not understood. */
    public List<String> examples(String body) {
        return lexicon.examples.getOrDefault(body, List.of());
    }

    /** The ids of the bodies whose vocabulary this parser knows. */
    public Set<String> bodies() {
        return lexicon.examples.keySet();
    }

    /**
     * @param text   the question
     * @param forced a body chosen by the asker, overriding any body the question names
     * @param given  the date the asker chose to answer as of, if any
     * @param asOf   today, given the body chosen (the caller knows each body's time zone)
     */
    public Interpretation parse(String text, Optional<String> forced, Optional<LocalDate> given,
            Function<String, LocalDate> asOf) {
        var problems = new ArrayList<String>();
        String question = text == null ? "" : text;
        if (question.isBlank()) {
            problems.add("The question is empty.");
        } else if (question.length() > MAX_LENGTH) {
            problems.add("The question is " + question.length() + " characters long; ask one thing at a time, in at most "
                    + MAX_LENGTH + " characters.");
        }
        if (!problems.isEmpty()) {
            String body = forced.orElse(onlyBody());
            return new Interpretation(
                    new Question(shorten(question), body == null ? "" : body, null, QuestionKind.PERMISSION, null, null,
                            List.of(), asOf.apply(body)),
                    problems, body == null ? List.copyOf(bodies()) : List.of(), false, List.of(), false, List.of(), List.of());
        }

        String asWritten = question;
        question = expand(question);
        String normalised = Words.normalise(question);
        List<Token> tokens = content(Words.tokens(question, normalised));
        var named = new LinkedHashSet<String>();
        var words = new ArrayList<String>();
        // Facts are read from the words as written: a fact may be stated in a body's own name ("AHEG II").
        var unmarked = new ArrayList<String>();
        tokens.forEach(t -> unmarked.add(t.stem()));
        var housing = new LinkedHashSet<String>();
        markBodies(tokens, named, words, housing);
        if (named.isEmpty() && housing.size() == 1) {
            // "Can we ask the MSG Secretariat to help?": the body whose organ the question names, when it names no
            // body itself.
            named.addAll(housing);
        }

        var facts = new ArrayList<Stated>();
        for (var mention : lexicon.dates.find(normalised)) {
            if (mention.isValid()) {
                facts.add(Stated.of(mention.fact(), mention.date()));
            } else {
                problems.add("'" + mention.text() + "' is not a valid date; write dates as YYYY-MM-DD, e.g. 2026-03-02.");
            }
        }
        var mentions = parties(tokens, words);
        var parties = mentions.stream().map(Mention::party).distinct().toList();
        facts.addAll(agreement(Words.withDigits(normalised)));
        facts.addAll(positions(mentions, words));
        facts.addAll(holders(mentions, tokens, normalised));
        facts.addAll(phraseFacts(unmarked));
        for (var p : lexicon.patterns) {
            Matcher m = p.regex().matcher(Words.withDigits(normalised));
            if (m.find()) {
                facts.add(new Stated(p.name(), m.group(1)));
            }
        }
        // Officials state the facts of their case first and ask last: the question sentence decides what is asked
        // (its kind and, when it names one, its topic); the facts come from every sentence.
        String asked = mainClause(questionSentence(question));
        String askedNormalised = Words.normalise(asked);
        List<String> askedWords = words;
        if (!asked.equals(question)) {
            askedWords = new ArrayList<>();
            markBodies(content(Words.tokens(asked, askedNormalised)), new LinkedHashSet<>(), askedWords,
                    new LinkedHashSet<>());
        }
        Optional<String> condition = conditionAsked(askedNormalised);
        QuestionKind kind = condition.isPresent() ? QuestionKind.PERMISSION : kind(askedNormalised, askedWords);
        if (kind == QuestionKind.PERMISSION) {
            facts.add(new Stated(ASKS, condition.map(c -> CONDITION + c)
                    .orElse(OBLIGATION_WORDS.matcher(askedNormalised).find() ? "obligation" : "permission")));
        }

        Set<String> factNames = new HashSet<>();
        facts.forEach(f -> factNames.add(f.name()));
        var candidates = forced.map(List::of).orElseGet(() -> named.isEmpty()
                ? onlyBodyOf(parties).map(List::of).orElseGet(() -> List.copyOf(bodies())) : List.copyOf(named));
        var scored = new ArrayList<Reading.Candidate>();
        Map<String, Match> matches = bestTopicPerBody(candidates, words, askedWords, factNames, kind, scored);
        boolean across = forced.isEmpty() && (named.size() > 1 || ACROSS.matcher(normalised).find());
        if (forced.isEmpty() && named.isEmpty() && matches.values().stream().anyMatch(m -> !m.silent())) {
            // A body is not chosen for what its texts are silent on when another body's rules speak to the question
            // better than its own do.
            var spoken = new HashMap<String, Double>();
            scored.stream().filter(c -> !c.topic().startsWith(Lexicon.SILENT))
                    .forEach(c -> spoken.merge(c.body(), c.score(), Math::max));
            double best = spoken.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
            matches.entrySet().removeIf(e -> e.getValue().silent()
                    && spoken.getOrDefault(e.getKey(), 0.0) < best - 1e-9);
        }
        double top = matches.values().stream().mapToDouble(Match::score).max().orElse(0);
        // Across bodies, every body with a matching topic answers. Otherwise bodies whose match ties with the best
        // compete, and the asker is asked which one is meant; a weaker match elsewhere is named in the answer.
        List<String> contenders = matches.entrySet().stream()
                .filter(e -> across || e.getValue().score() >= top - 1e-9)
                .map(Map.Entry::getKey).toList();

        String body = forced.orElse(null);
        List<String> possible = List.of();
        if (body == null) {
            if (!across && named.size() == 1) {
                body = named.iterator().next();
            } else if (contenders.size() == 1 && !across) {
                body = contenders.get(0);
            } else if (contenders.size() > 1 || (across && contenders.size() == 1)) {
                possible = contenders;
            } else if (candidates.size() == 1) {
                body = candidates.get(0);
            }
        }
        String topic = null;
        Match match = body == null ? null : matches.get(body);
        if (match != null && match.topics().size() == 1) {
            topic = match.topics().get(0).id();
        } else if (match != null && match.topics().size() > 1) {
            problems.add(AMBIGUOUS);
        }
        // A state whose agreement or objection the question states is a premise ("If Cambodia objects, can INTERPOL
        // attend?"), not who the question is about.
        Set<String> positioned = new HashSet<>();
        facts.stream().filter(f -> f.name().equals("objecting") || f.name().equals("agreeing"))
                .forEach(f -> positioned.add(f.value()));
        Party actor = unnamedAsker(asked, question, parties) ? null
                : parties.stream().filter(p -> p.kind() != Party.Kind.ROLE && !positioned.contains(p.id()))
                .findFirst()
                .or(() -> parties.stream().filter(p -> p.kind() != Party.Kind.ROLE).findFirst())
                .orElse(parties.isEmpty() ? null : parties.get(0));
        Party object = parties.stream().filter(p -> p != actor).findFirst().orElse(null);
        // "Must PNG join the passport system of the Bali Process?": a body whose instruments bind no one answers an
        // obligation question no other topic of its answers, and an obligation of a state that only its silence
        // matched. (Other yes/no questions it answers last, when nothing in its texts does: see the engine.)
        String bindsNoOne = body == null ? null : bindsNoOne(body).orElse(null);
        if (bindsNoOne != null && facts.contains(new Stated(ASKS, "obligation")) && !problems.contains(AMBIGUOUS)
                && (topic == null || topic.startsWith(Lexicon.SILENT)
                && parties.stream().anyMatch(p -> p.kind() == Party.Kind.STATE))) {
            topic = bindsNoOne;
        }
        // A date the question states without saying what happened on it ("members on 1 October 2025") is the date
        // it asks about, unless the asker chose one.
        LocalDate stated = facts.stream().filter(f -> f.name().equals("date")).map(f -> LocalDate.parse(f.value()))
                .findFirst().orElse(null);
        var question1 = new Question(asWritten.strip(), body == null ? "" : body, topic, kind, actor, object, dedupe(facts),
                given.orElse(stated == null ? asOf.apply(body) : stated));
        boolean inferred = forced.isEmpty() && named.isEmpty() && bodies().size() > 1;
        scored.sort(java.util.Comparator.comparingDouble(Reading.Candidate::score).reversed());
        var outside = forced.isPresent() ? List.<String>of() : outside(normalised, question);
        return new Interpretation(question1, problems, possible, across && !possible.isEmpty(), List.copyOf(named),
                inferred, scored, outside);
    }

    /**
     * The question with its abbreviations written out ("Can the RP member attend?" -> "Can the Resource Panel member
     * attend?"): whole words only, as the common vocabulary lists them.
     */
    public String expand(String text) {
        String out = text;
        for (var entry : lexicon.abbreviations.entrySet()) {
            out = entry.getKey().matcher(out).replaceAll(entry.getValue());
        }
        return out;
    }

    /**
     * The question as the instruments are searched with it: abbreviations spelt out, and each state or organisation
     * it names also by the name the texts use ("Which PNG ministry attended?" searches for "Papua New Guinea" too).
     */
    public String searchText(String text) {
        String expanded = expand(text);
        List<String> stems = Words.phrase(expanded, lexicon.stopwords);
        var names = new StringBuilder(expanded);
        String lower = expanded.toLowerCase(Locale.ROOT);
        for (var party : lexicon.parties) {
            String name = party.meaning().name();
            if (party.find(stems, 0) >= 0 && !lower.contains(name.toLowerCase(Locale.ROOT))) {
                names.append(' ').append(name);
            }
        }
        return names.toString();
    }

    /**
     * The names the question writes with a capital inside a sentence, other than those of states, organisations
     * and roles ("Shenzhen", "ATT", "ADSOM"): such names tell one body's texts from another's, and most questions
     * have none, so the texts need not be searched for them.
     */
    public List<String> unknownNames(String text) {
        var names = new ArrayList<String>();
        Matcher word = CAPITALISED.matcher(text.strip());
        while (word.find()) {
            String stem = Words.stem(Words.normalise(word.group()));
            if (!lexicon.isPartyOrStopWord(stem)) {
                names.add(word.group());
            }
        }
        return names;
    }

    /** True if the question asks about several bodies ("Which bodies ...", "each body"). */
    public boolean asksAcrossBodies(String text) {
        return ACROSS.matcher(Words.normalise(text)).find();
    }

    /**
     * True if the question sentence opens with a question word ("who", "when", "where", "which", ...), or, opening
     * with none, asks one in place ("The reference went into which work programme?").
     */
    public boolean asksWhWord(String text) {
        String sentence = Words.normalise(questionSentence(text));
        var cue = firstCue(sentence);
        return cue.isPresent() ? cue.get() == QuestionKind.INFORMATION : IN_PLACE.matcher(sentence).find();
    }

    /**
     * True if the question asks what the texts themselves say: "Does the concept paper cover sea borders too?",
     * "Does the ToR mention Timor-Leste?". Answered from the texts, like a question word.
     */
    public boolean asksWhatTheTextsSay(String text) {
        return ABOUT_THE_TEXT.matcher(Words.normalise(questionSentence(text))).find();
    }

    private static final Pattern ABOUT_THE_TEXT = Pattern.compile("\\b(?:does|do|did)\\s+(?:the|this|these|its|their|our)?"
            + "\\s*(?:\\S+\\s+){0,4}?(?:paper|report|reports|tor|terms of reference|text|texts|document|outcome"
            + "|instrument|instruments)\\s+(?:\\S+\\s+)?(?:cover|covers|mention|mentions|say|says|assume|assumes|refer"
            + "|refers|include|includes|deal with|deals with|talk about|speak of|address|addresses|list|lists)\\b");

    /** A question word in place of what is asked: "… in which work programme?", "… funded by whom?". */
    private static final Pattern IN_PLACE = Pattern.compile("\\b(?:in|at|on|for|by|from|to|with|under|during)"
            + " (?:which|what|whom)\\b|\\bwhich \\w+(?: \\w+)?\\s*\\??\\s*$");

    /** The kind the first question word among the first few words says ("Hi, can ...", "<b>Who</b> ..."), if any. */
    private Optional<QuestionKind> firstCue(String normalised) {
        return cueAmong(normalised, FRONTED.matcher(normalised.strip()).find() ? 8 : 5);
    }

    /**
     * The kind a question word says at the head of a clause after a comma, for a question that opens with its
     * circumstances: "If the Chair is Cambodia but Thailand hosts, to whom should the request go?", "WG on AS meeting
     * in Hanoi: can the Timor-Leste delegation attend?".
     */
    private Optional<QuestionKind> mainClauseCue(String normalised) {
        String[] clauses = normalised.split("[,:;]|[.!?]\\s|\\s[-–—]\\s");
        for (int c = clauses.length - 1; c >= 1; c--) {
            var cue = cueAmong(clauses[c], 3);
            if (cue.isPresent()) {
                return cue;
            }
        }
        return Optional.empty();
    }

    /** The kind the first question word among the first {@code count} words of a text says, if any. */
    private Optional<QuestionKind> cueAmong(String text, int count) {
        String[] first = text.strip().split("[^\\p{L}']+", count + 1);
        for (int i = 0; i < Math.min(first.length, count); i++) {
            if (lexicon.informationCues.contains(first[i])) {
                return Optional.of(QuestionKind.INFORMATION);
            }
            if (lexicon.permissionCues.contains(first[i])) {
                return Optional.of(QuestionKind.PERMISSION);
            }
        }
        return Optional.empty();
    }

    /**
     * "Thailand proposes orally that UNRCPD join the RP …. Can UNRCPD sit in the session?": the question sentence asks
     * about someone by a name the vocabulary does not know, and names no one it knows; a state of the background is
     * then not who the question is about.
     */
    private static boolean unnamedAsker(String asked, String question, List<Party> parties) {
        Matcher m = NAMED_SUBJECT.matcher(asked);
        if (asked.equals(question) || !m.lookingAt() || PRONOUNS.contains(m.group(1).toLowerCase(Locale.ROOT))) {
            return false;
        }
        String lower = asked.toLowerCase(Locale.ROOT);
        var words = Set.copyOf(java.util.Arrays.asList(asked.split("[^\\p{L}\\p{N}-]+")));
        return parties.stream().noneMatch(p -> lower.contains(p.name().toLowerCase(Locale.ROOT)) || words.contains(p.id()));
    }

    /** A yes/no question whose subject is a capitalised name: "Can UNRCPD …", "May the Small Arms Survey …". */
    private static final Pattern NAMED_SUBJECT = Pattern.compile(
            "\\W*(?i:can|could|may|might|should|shall|will|would|must|is|are|does|do)\\s+(?:the\\s+)?(\\p{Lu}[\\p{L}-]*)");
    private static final Set<String> PRONOUNS = Set.of("we", "they", "it", "he", "she", "i", "you", "our", "their",
            "this", "that", "these", "those", "there", "its", "his", "her", "my", "your");

    /**
     * The clause a sentence asks in, when it opens with its circumstances ("If a Dialogue Partner funds the meeting,
     * can INTERPOL attend?" asks whether INTERPOL can attend): the last clause after a comma that starts with a
     * question word. Any other sentence is asked as a whole.
     */
    private String mainClause(String sentence) {
        String normalised = Words.normalise(sentence);
        if (!SUBORDINATE_OPENING.matcher(normalised).lookingAt()) {
            return sentence;
        }
        for (int comma = sentence.lastIndexOf(','); comma > 0; comma = sentence.lastIndexOf(',', comma - 1)) {
            String clause = Words.normalise(sentence.substring(comma + 1));
            if (cueAmong(clause, 3).isPresent() || java.util.Arrays.stream(clause.strip().split("[^\\p{L}']+", 4))
                    .limit(3).anyMatch(AUXILIARIES::contains)) {
                return sentence.substring(comma + 1).strip();
            }
        }
        return sentence;
    }

    /** Where a sentence goes on to ask another thing: "…, and what was CAVR's role?", "… and how are they made?". */
    private static final Pattern ANOTHER_ASKED = Pattern.compile(
            "(?=,?\\s+(?:and|also)\\s+(?:who|whom|what|when|where|which|how|why|is|are|can|must|does|do)\\b)|(?<=;)\\s*");
    /** What opens a follow-up that joins it to the question before: "And how …", ", also can …". */
    private static final Pattern JOINING_WORDS = Pattern.compile("^[\\s,;]*(?:(?:and|also|or|but|then)\\b\\s*)*");
    /** Words that ask without saying about what: "Is that OK under the ToR?", "Can it?", "pls confirm?". */
    private static final Set<String> SAYS_NOTHING = Set.of("that", "it", "this", "so", "then", "still", "also", "too",
            "pls", "please", "confirm", "right", "true", "yes", "no", "not", "q", "qs", "question", "questions", "ok",
            "okay", "allowed", "possible", "fine", "correct", "permitted", "acceptable", "you", "me", "us", "under",
            "per", "according", "line", "tor", "tors", "rules", "text", "texts", "instrument", "instruments");

    /**
     * The questions a message asks, each with the circumstances stated in its other sentences: "2 q: is participation
     * binding? and how are decisions made?" asks two, and so does "What did the workshop focus on, and what was
     * CAVR's role?". A part that asks nothing of its own ("Is that OK?", "Can it?", "Where and when …") stays
     * with the question it follows. One question: the message itself.
     */
    public List<String> questions(String text) {
        if (text.length() > MAX_LENGTH) {
            return List.of(text);  // refused whole, with its length, when read
        }
        var background = new ArrayList<String>();
        var asked = new ArrayList<String>();
        for (String sentence : SENTENCE_END.split(text.strip())) {
            if (!sentence.contains("?")) {
                background.add(sentence.strip());
                continue;
            }
            for (String part : ANOTHER_ASKED.split(sentence)) {
                String own = JOINING_WORDS.matcher(Words.normalise(part)).replaceFirst("");
                boolean asksItsOwn = ownWords(own) >= 2;
                if (asksItsOwn) {
                    // The words as written, without the joining words (normalising keeps the length of most text).
                    boolean sameLength = Words.normalise(part).length() == part.length();
                    asked.add(sameLength ? part.substring(part.length() - own.length()) : part);
                } else if (!asked.isEmpty()) {
                    asked.set(asked.size() - 1, asked.get(asked.size() - 1) + part);
                } else {
                    background.add(part.strip());
                }
            }
        }
        if (asked.size() < 2) {
            return List.of(text);
        }
        // A later question may leave out what an earlier one said ("Who coordinates the awareness campaigns, and how
        // is the report delivered?"): the earlier ones come before it, as circumstances.
        var questions = new ArrayList<String>();
        for (int i = 0; i < asked.size(); i++) {
            var before = new ArrayList<>(background);
            asked.subList(0, i).forEach(q -> before.add(q.strip().replaceFirst("[\\s,;?]*$", ".")));
            before.add(asked.get(i).strip().replaceFirst("[\\s,;?]*$", "?"));
            questions.add(String.join(" ", before).strip());
        }
        return questions;
    }

    /** How many words of a question say what it is about: not question words, stop words or "OK". */
    private int ownWords(String normalised) {
        int count = 0;
        for (String word : normalised.split("[^\\p{L}\\p{N}']+")) {
            String stem = Words.stem(word);
            if (word.length() > 1 && !lexicon.stopwords.contains(stem) && !lexicon.permissionCues.contains(word)
                    && !lexicon.informationCues.contains(word) && !AUXILIARIES.contains(word)
                    && !SAYS_NOTHING.contains(word)) {
                count++;
            }
        }
        return count;
    }

    /** The last sentence that asks something ("... has not replied. Can UNODC be admitted?"), else the whole text. */
    public static String questionSentence(String text) {
        String[] sentences = SENTENCE_END.split(text.strip());
        for (int i = sentences.length - 1; i >= 0; i--) {
            if (sentences[i].contains("?")) {
                return sentences[i].strip();
            }
        }
        return text;
    }

    private String onlyBody() {
        return bodies().size() == 1 ? bodies().iterator().next() : null;
    }

    private static String shorten(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200) + "…";
    }

    /** Stop words out, typos corrected. */
    private List<Token> content(List<Token> tokens) {
        var out = new ArrayList<Token>(tokens.size());
        for (Token t : tokens) {
            if (!lexicon.stopwords.contains(t.stem())) {
                out.add(t.withStem(lexicon.correct(t.stem())));
            }
        }
        return out;
    }

    /**
     * Replaces each body name with one marker word, so topics can say "join <body>". A body's name inside a longer
     * party's ("the MSG Secretariat") names the party, not the body: such bodies go to {@code housing}.
     */
    private void markBodies(List<Token> tokens, Set<String> named, List<String> words, Set<String> housing) {
        tokens.forEach(t -> words.add(t.stem()));
        for (var name : lexicon.bodyNames) {
            int at = 0;
            while ((at = name.find(words, at)) >= 0) {
                if (insideLongerParty(words, at, name.length())) {
                    housing.add(name.meaning());
                    at++;
                    continue;
                }
                named.add(name.meaning());
                for (int i = 0; i < name.length(); i++) {
                    words.set(at + i, i == 0 ? BODY_TOKEN : "");
                }
            }
        }
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i).equals(BODY_TOKEN)) {
                words.set(i, "body");
            }
        }
        for (int i = words.size() - 1; i >= 0; i--) {
            if (words.get(i).isEmpty()) {
                words.remove(i);
                tokens.remove(i);
            }
        }
    }

    /**
     * The bodies or instruments not held that the question asks about, when it names none that is held outside
     * their names ("the SOMTC Working Group on Trafficking in Persons" contains "working group", a name of another).
     */
    private List<String> outside(String normalised, String question) {
        var found = new ArrayList<String>();
        String rest = normalised;
        for (var entry : lexicon.elsewhere.entrySet()) {
            Matcher m = entry.getKey().matcher(rest);
            if (m.find()) {
                found.add(entry.getValue().isEmpty() ? m.group().strip() : entry.getValue());
                rest = entry.getKey().matcher(rest).replaceAll(" ");
            }
        }
        if (found.isEmpty()) {
            otherBodies.named(question).ifPresent(found::add);
            // Its name is not the held body it may contain ("the APEC Counter-Terrorism WG").
            for (String name : found) {
                rest = rest.replace(Words.normalise(name), " ");
            }
        }
        if (found.isEmpty()) {
            return found;
        }
        var named = new LinkedHashSet<String>();
        var words = new ArrayList<String>();
        content(Words.tokens(rest, rest)).forEach(t -> words.add(t.stem()));
        for (var name : lexicon.bodyNames) {
            if (!lexicon.instrumentNames.contains(String.join(" ", name.stems())) && name.find(words, 0) >= 0) {
                named.add(name.meaning());
            }
        }
        return named.isEmpty() ? found : List.of();
    }

    /** "The Melanesian Spearhead Group Secretariat" names an organisation, not the body whose name it contains. */
    private boolean insideLongerParty(List<String> words, int at, int length) {
        for (var party : lexicon.parties) {
            if (party.length() <= length) {
                return false;
            }
            for (int from = Math.max(0, at + length - party.length()); from <= at; from++) {
                if (party.find(words, from) == from) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A party named at a word position, over {@code length} words. */
    private record Mention(int at, int length, Party party) {}

    /** Parties in the order the question names them; state codes count only when written in capitals. */
    private List<Mention> parties(List<Token> tokens, List<String> words) {
        var found = new LinkedHashMap<Integer, Mention>();
        var taken = new boolean[words.size()];
        for (var phrase : lexicon.parties) {
            int at = 0;
            while ((at = phrase.find(words, at)) >= 0) {
                boolean free = true;
                for (int i = at; i < at + phrase.length(); i++) {
                    free &= !taken[i];
                }
                if (free) {
                    for (int i = at; i < at + phrase.length(); i++) {
                        taken[i] = true;
                    }
                    found.put(at, new Mention(at, phrase.length(), phrase.meaning()));
                }
                at++;
            }
        }
        for (int i = 0; i < tokens.size(); i++) {
            String original = tokens.get(i).original();
            if (!taken[i] && original.length() == 2 && original.equals(original.toUpperCase(Locale.ROOT))) {
                Party state = lexicon.statesByCode.get(original);
                if (state != null) {
                    found.put(i, new Mention(i, 1, state));
                }
            }
        }
        return found.values().stream().sorted(java.util.Comparator.comparingInt(Mention::at)).toList();
    }

    /** "If Cambodia objects", "Viet Nam and Thailand agree": each named state's position. */
    private List<Stated> positions(List<Mention> mentions, List<String> words) {
        var facts = new ArrayList<Stated>();
        var partyAt = new java.util.HashSet<Integer>();
        mentions.forEach(m -> {
            for (int i = m.at(); i < m.at() + m.length(); i++) {
                partyAt.add(i);
            }
        });
        for (var mention : mentions) {
            if (!mention.party().isState()) {
                continue;
            }
            if (excepted(words, mention.at())) {
                facts.add(new Stated("objecting", mention.party().id()));
                continue;
            }
            boolean negated = false;
            int after = mention.at() + mention.length();
            for (int i = after; i < Math.min(words.size(), after + 8); i++) {
                String w = words.get(i);
                if (NEGATIONS.contains(w)) {
                    negated = true;
                } else if (lexicon.objectVerbs.contains(w)) {
                    facts.add(new Stated("objecting", mention.party().id()));
                    break;
                } else if (lexicon.agreeVerbs.contains(w)) {
                    facts.add(new Stated(negated ? "objecting" : "agreeing", mention.party().id()));
                    break;
                } else if (!partyAt.contains(i) && !w.equals("and") && !w.equals("or")) {
                    break;
                }
            }
        }
        return facts;
    }

    /** Words that open a clause of circumstances before the question proper. */
    private static final Pattern SUBORDINATE_OPENING = Pattern.compile(
            "\\s*(if|when|whenever|since|because|as|given|assuming|supposing|suppose|once|although|though|while|unless"
            + "|in case|after|before|where)\\b");
    /** Verbs that open a yes/no question besides the modal ones: "If ..., is that allowed?". */
    private static final Set<String> AUXILIARIES = Set.of("is", "are", "was", "were", "does", "do", "did", "will",
            "would", "has", "have");

    /**
     * "All AMS agreed except Myanmar", "everyone agrees other than Laos": a state excepted from an agreement just
     * stated has not agreed.
     */
    private boolean excepted(List<String> words, int at) {
        boolean except = at >= 1 && EXCEPTIONS.contains(words.get(at - 1))
                || at >= 2 && EXCEPTIONS.contains(words.get(at - 2) + " " + words.get(at - 1));
        if (!except) {
            return false;
        }
        for (int i = Math.max(0, at - 10); i < at; i++) {
            if (lexicon.agreeVerbs.contains(words.get(i))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> EXCEPTIONS = Set.of("except", "excepting", "but", "save", "other than",
            "apart from", "besides", "excluding");

    /**
     * Words that negate, restrict or oblige: a question with one is never answered "yes, within the scope", nor "yes,
     * you may" because the rules oblige the action ("Is it OK if we skip the meeting?" asks leave not to act).
     */
    public static final Pattern NOT_PLAIN = Pattern.compile("\\b(?:not|no|never|"
            + "without|instead|rather|skip|skipping|bypass|bypassing|ignore|ignoring|only|exclusively|outside|against|"
            + "beyond|except|must|obliged|required|compulsory|mandatory|binding|force|forced|unilaterally|"
            + "n't)\\b|n't\\b");

    /** The fact name for "state X holds role R" ("the VLS is Indonesia", "Cambodia as Voluntary Lead Shepherd"). */
    public static final String HOLDS = "holds:";
    /** The fact saying whether a yes/no question asks "may we?" ({@code permission}) or "must we?" ({@code obligation}). */
    public static final String ASKS = "asks";
    /** The {@link #ASKS} value's prefix for "Is unanimity required to …?": the condition nouns follow. */
    public static final String CONDITION = "condition:";
    private static final Pattern CONDITION_QUESTION = Pattern.compile("^\\W*(?:is|are|would|will)\\s+(.{2,80}?)\\s+"
            + "(?:be\\s+)?(?:required|needed|necessary|mandatory|(?:a\\s+)?(?:requirement|condition|prerequisite))"
            + "\\s+(?:to|for|before|in order to|so that|when)\\b");

    /**
     * "Is unanimity of the member states required to admit …?", "Is a written request needed for …?": the condition
     * nouns of the thing asked about, when it is a condition and not a party ("Is a Dialogue Partner required to
     * fund …?" asks an obligation).
     */
    private Optional<String> conditionAsked(String normalised) {
        Matcher m = CONDITION_QUESTION.matcher(normalised);
        if (!m.find()) {
            return Optional.empty();
        }
        var nouns = java.util.Arrays.stream(m.group(1).split("[^\\p{L}]+")).filter(lexicon.conditionNouns::containsKey)
                .distinct().toList();
        // "Is ASEAN Secretariat agreement needed …?": whose agreement matters, and the action's conditions name the
        // member states, not the Secretariat; such a question is read as it was before, not as a condition.
        var stems = new ArrayList<String>();
        content(Words.tokens(m.group(1), m.group(1))).forEach(t -> stems.add(t.stem()));
        boolean someoneNamed = lexicon.parties.stream().anyMatch(p -> p.meaning().kind() != Party.Kind.STATE
                && p.find(stems, 0) >= 0);
        return nouns.isEmpty() || someoneNamed ? Optional.empty() : Optional.of(String.join(" ", nouns));
    }

    private static final Pattern OBLIGATION_WORDS = Pattern.compile("\\b(?:must|mustn't|have to|has to|had to|need to|"
            // "needs" alone is more often the noun: "tell its specific needs".
            + "needs to|need|needed|required|require|requires|obliged|obligation|obligatory|compulsory|mandatory|"
            + "bound|a must|voluntary(?! lead shepherd)|optional|oblige|obliges|commit|commits|bind|binds|"
            + "should|shall|duty|binding|breach|breaches|violate|violates|violation|non-compliance|comply|"
            + "complies|contrary to)\\b");
    private static final Set<String> VERB_ROLES = Set.of("chair", "host");
    private static final Pattern SENTENCE_STOP = Pattern.compile("[.?!;]\\s");

    /**
     * A state named right before or after a role ("the VLS is Indonesia", "Cambodia as VLS", "the Chair, Thailand")
     * holds it for this question: stop words are gone, so the two mentions are adjacent.
     */
    private static List<Stated> holders(List<Mention> mentions, List<Token> tokens, String normalised) {
        var facts = new ArrayList<Stated>();
        for (int i = 0; i + 1 < mentions.size(); i++) {
            Mention a = mentions.get(i);
            Mention b = mentions.get(i + 1);
            if (b.at() != a.at() + a.length()) {
                continue;
            }
            // "… hosted by TH. Does the VLS …": adjacent once stop words are gone, but in two sentences.
            int from = tokens.get(a.at() + a.length() - 1).start();
            if (SENTENCE_STOP.matcher(normalised.substring(from, tokens.get(b.at()).start())).find()) {
                continue;
            }
            Mention role = a.party().kind() == Party.Kind.ROLE ? a : b;
            Mention state = role == a ? b : a;
            // "Can Thailand chair ...": after a state, "chair" and "host" are what it does, not a role it holds.
            boolean verb = state == a && VERB_ROLES.contains(role.party().id());
            if (role.party().kind() == Party.Kind.ROLE && state.party().isState() && !verb) {
                facts.add(new Stated(HOLDS + role.party().id(), state.party().id()));
            }
        }
        return facts;
    }

    /** "9 of 10 member states agree", "if 2 states object". */
    private List<Stated> agreement(String text) {
        var facts = new ArrayList<Stated>();
        Matcher vote = VOTE_COUNT.matcher(text);
        if (vote.find()) {
            facts.add(new Stated("states-agreeing", vote.group(1)));
            facts.add(new Stated("states-objecting", vote.group(2)));
            return facts;
        }
        Matcher of = COUNT_OF.matcher(text);
        if (of.find()) {
            String verb = Optional.ofNullable(verbBefore(text, of.start())).orElseGet(() -> nextVerb(text, of.end()));
            if (verb != null) {
                facts.add(new Stated(verb.equals("agree") ? "states-agreeing" : "states-objecting", of.group(1)));
                facts.add(new Stated("states-counted", of.group(2)));
            }
            return facts;
        }
        Matcher states = lexicon.memberCount.matcher(text);
        if (states.find()) {
            String verb = nextVerb(text, states.end());
            if (verb != null) {
                facts.add(new Stated(verb.equals("agree") ? "states-agreeing" : "states-objecting", states.group(1)));
            }
        }
        return facts;
    }

    /** The agreeing or objecting verb of a passive before a count ("approved by 7 of 10"), or null. */
    private String verbBefore(String text, int at) {
        Matcher by = VERB_BY.matcher(text.substring(Math.max(0, at - 30), at));
        if (!by.find()) {
            return null;
        }
        String stem = lexicon.correct(Words.stem(Words.normalise(by.group(1))));
        return lexicon.agreeVerbs.contains(stem) ? "agree" : lexicon.objectVerbs.contains(stem) ? "object" : null;
    }

    private String nextVerb(String text, int from) {
        String rest = text.substring(from, Math.min(text.length(), from + 60));
        String n = Words.normalise(rest);
        for (Token t : Words.tokens(n, n)) {
            String stem = lexicon.correct(t.stem());
            if (NEGATIONS.contains(stem)) {
                return "object";
            }
            if (lexicon.agreeVerbs.contains(stem)) {
                return "agree";
            }
            if (lexicon.objectVerbs.contains(stem)) {
                return "object";
            }
        }
        return null;
    }

    private List<Stated> phraseFacts(List<String> words) {
        var facts = new ArrayList<Stated>();
        // Words are claimed per fact: "skip" in "skip the 2026 meeting" says both how often the WG meets and that a
        // level is bypassed, and the body's rules read the one that is theirs.
        var takenFor = new HashMap<String, boolean[]>();
        for (var phrase : lexicon.facts) {
            var taken = takenFor.computeIfAbsent(phrase.meaning().name(), n -> new boolean[words.size()]);
            int at = 0;
            while ((at = phrase.find(words, at)) >= 0) {
                boolean free = true;
                for (int i = at; i < at + phrase.length(); i++) {
                    free &= !taken[i];
                }
                if (free) {
                    for (int i = at; i < at + phrase.length(); i++) {
                        taken[i] = true;
                    }
                    facts.add(phrase.meaning());
                }
                at++;
            }
        }
        return facts;
    }

    /**
     * A question word among the first few words decides ("Hi, can ...", "<b>Who</b> ..."); failing that, a word such as
     * "allowed" or "have to" anywhere makes it a permission question.
     */
    private QuestionKind kind(String normalised, List<String> words) {
        var cue = firstCue(normalised).or(() -> mainClauseCue(normalised));
        if (cue.isPresent()) {
            return cue.get();
        }
        // A word of a name is not a question word: "voluntary" asks something, the Voluntary Lead Shepherd does not.
        var unnamed = new ArrayList<>(words);
        for (var party : lexicon.parties) {
            for (int at = party.find(unnamed, 0); at >= 0; at = party.find(unnamed, at + 1)) {
                for (int i = at; i < at + party.length(); i++) {
                    unnamed.set(i, "");
                }
            }
        }
        for (var phrase : lexicon.permissionPhrases) {
            if (phrase.find(unnamed, 0) >= 0) {
                return QuestionKind.PERMISSION;
            }
        }
        for (var expression : lexicon.permissionExpressions) {
            if (expression.matcher(normalised).find()) {
                return QuestionKind.PERMISSION;
            }
        }
        // "MY side want their DSG to chair the meeting. Can?": the facts, then a modal alone, as many officials ask.
        return TRAILING_MODAL.matcher(normalised).find() ? QuestionKind.PERMISSION : QuestionKind.INFORMATION;
    }

    private static final Pattern TRAILING_MODAL = Pattern.compile(
            "(?:^|[.,;:!?-]|\\s)(?:can|may|could|must|cannot|can't)(?: or not| or cannot| not)?[\\s?!.]*$");

    /** The best-scoring topics of one body, and their score. */
    private record Match(double score, List<Topic> topics) {

        boolean silent() {
            return topics.stream().allMatch(t -> t.id().startsWith(Lexicon.SILENT));
        }
    }

    /** Each body's best topics; words of the question sentence count twice. */
    private Map<String, Match> bestTopicPerBody(List<String> bodies, List<String> words, List<String> askedWords,
            Set<String> factNames, QuestionKind kind, List<Reading.Candidate> scored) {
        var best = new LinkedHashMap<String, Match>();
        for (Topic topic : lexicon.topics) {
            if (!bodies.contains(topic.body())) {
                continue;
            }
            double score = topic.score(words, factNames, kind);
            if (score <= 0) {
                continue;
            }
            // What the question sentence (or its main clause) asks counts three times in all: the circumstances
            // come before it.
            score += askedWords == words ? score : 2 * Math.max(0, topic.score(askedWords, factNames, kind));
            boolean silent = topic.id().startsWith(Lexicon.SILENT);
            if (silent) {
                // A matter the texts are silent on is named by a narrow word ("quorum", "online"), where a topic is
                // matched by broad ones ("meeting", "network"): it counts a point more, and wins a tie.
                score += 1;
            }
            scored.add(new Reading.Candidate(topic.body(), topic.id(), score));
            Match current = best.get(topic.body());
            boolean winsTie = current != null && Math.abs(score - current.score()) < 1e-9 && silent
                    && !current.silent();
            if (current == null || score > current.score() + 1e-9 || winsTie) {
                best.put(topic.body(), new Match(score, List.of(topic)));
            } else if (Math.abs(score - current.score()) < 1e-9 && (silent || !current.silent())) {
                var tied = new ArrayList<>(current.topics());
                tied.add(topic);
                best.put(topic.body(), new Match(score, tied));
            }
        }
        return best;
    }

    /**
     * Of bodies a question could concern, the one whose own vocabulary declares more of the facts it states than any
     * other's ("a joint education exchange" is the ADMM paper's), if there is one.
     */
    public Optional<String> bodyDeclaring(List<String> contenders, List<Stated> facts) {
        var counts = new HashMap<String, Integer>();
        for (Stated fact : facts) {
            var of = lexicon.factBodies.getOrDefault(fact, Set.of());
            if (of.size() == 1 && contenders.containsAll(of)) {
                counts.merge(of.iterator().next(), 1, Integer::sum);
            }
        }
        int most = counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        var leaders = counts.entrySet().stream().filter(e -> e.getValue() == most).map(Map.Entry::getKey).toList();
        return most > 0 && leaders.size() == 1 ? Optional.of(leaders.get(0)) : Optional.empty();
    }

    private static List<Stated> dedupe(List<Stated> facts) {
        return List.copyOf(new LinkedHashSet<>(facts));
    }
}
