package org.govrules.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.govrules.Answer;
import org.govrules.AskContext;
import org.govrules.Body;
import org.govrules.Deadline;
import org.govrules.Event;
import org.govrules.Provision;
import org.govrules.Question;
import org.govrules.QuestionKind;
import org.govrules.UnknownBodyException;
import org.govrules.Verdict;
import org.govrules.internal.parse.Interpretation;
import org.govrules.internal.parse.QuestionParser;
import org.govrules.internal.parse.VocabularyFile;
import org.govrules.rules.Holder;
import org.govrules.rules.Roster;
import org.govrules.rules.Today;
import org.govrules.rules.Year;
import org.govrules.rules.Support;

/** The work behind {@link org.govrules.Rulebook}: parse, put the facts in a session, fire, compose. */
public final class Engine {

    /** How much better than the cited provisions a passage must match to be quoted beside a rule's answer. */
    private static final double MUCH_BETTER = 1.5;

    private final List<Detail> details;
    private final Optional<AdoptionRecord> adoption;
    private final AnswerTypes answerTypes;
    private final Knowledge knowledge;
    private final Clock clock;
    private final AnswerComposer composer;
    private final QuestionParser parser;
    private final Map<String, String> stateNames = new HashMap<>();
    private final Map<String, MemberTimeline> timelines = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, String> stateCodes;
    private final EventCheck eventCheck;
    private ProvisionSearch search;

    public Engine(Knowledge knowledge, Clock clock) {
        this.knowledge = knowledge;
        this.clock = clock;
        this.composer = new AnswerComposer(knowledge.provisions(),
                org.govrules.internal.parse.VocabularyFile.conditionNouns(knowledge.vocabulary()));
        this.parser = new QuestionParser(knowledge.vocabulary(), knowledge.silences(), BodiesOfState.of(knowledge));
        this.answerTypes = new AnswerTypes(VocabularyFile.answerTypes(knowledge.vocabulary()));
        this.adoption = VocabularyFile.adoptionAsked(knowledge.vocabulary()).map(p -> new AdoptionRecord(knowledge, p));
        this.details = VocabularyFile.detailsAsked(knowledge.vocabulary()).stream().map(d -> new Detail(d.what(),
                java.util.regex.Pattern.compile(d.asked()), java.util.regex.Pattern.compile(d.shown()))).toList();
        var aliases = new HashMap<String, List<String>>();
        knowledge.vocabulary().forEach(v -> {
            if (v.states() != null) {
                v.states().forEach(s -> {
                    stateNames.put(s.code(), s.name());
                    aliases.put(s.code(), s.aliases() == null ? List.of() : s.aliases());
                });
            }
        });
        this.stateCodes = EventCheck.stateCodes(stateNames, aliases);
        this.eventCheck = new EventCheck(name -> Optional.ofNullable(
                stateCodes.get(name.strip().toLowerCase(java.util.Locale.ROOT))));
    }

    public Knowledge knowledge() {
        return knowledge;
    }

    public QuestionParser parser() {
        return parser;
    }

    public Body body(String id) {
        Bundle bundle = id == null ? null : knowledge.bundle(id);
        Body body = bundle == null ? null : bundle.body();
        if (body == null) {
            throw new UnknownBodyException(id, knowledge.bodies().keySet().stream().sorted().toList());
        }
        return body;
    }

    public LocalDate today(String bodyId) {
        return body(bodyId).reckoning().today(clock);
    }

    private Interpretation interpret(String text, AskContext context) {
        return parser.parse(text, context.body(), context.asOf(),
                bodyId -> bodyId == null || bodyId.isEmpty() ? LocalDate.now(clock) : today(bodyId));
    }

    /** How a question is read: body, topic, act, facts, date and the topics that competed. */
    public org.govrules.Reading read(String text, AskContext context) {
        context.body().ifPresent(this::body);
        Interpretation interpretation = interpret(text, context);
        Question q = interpretation.question();
        String source = context.asOf().isPresent() ? "asked" : q.fact("date").isPresent() ? "question" : "today";
        return new org.govrules.Reading(q.body(), q.topic(), q.kind(),
                QuestionParser.questionSentence(text == null ? "" : text.strip()), q.facts(), q.asOf(), source,
                interpretation.candidates(), interpretation.problems(),
                interpretation.acrossBodies() ? List.of() : interpretation.possibleBodies());
    }

    public Answer ask(String text, AskContext context) {
        var asked = parser.questions(text);
        return asked.size() == 1 ? silentOnDetail(answer(text, context)) : eachAnswered(text, asked, context);
    }

    /** The most questions of one message answered: a longer list is more likely pasted than asked. */
    private static final int MOST_QUESTIONS = 5;

    /**
     * Two questions in one message ("Is participation binding? And how are decisions made?"): each is answered (at
     * most {@link #MOST_QUESTIONS}), one that names no body for the body the whole message is answered for; the text
     * gives each answer after its question, the verdict is that of those with one when they agree (otherwise none),
     * and {@link Answer#parts()} holds them.
     */

    private Answer eachAnswered(String text, List<String> asked, AskContext context) {
        // The body is the whole message's: "What did the workshop focus on, and what was CAVR's role?" names it in
        // the second question only.
        String ofTheMessage = context.body().orElseGet(() -> answer(text, context).body());
        var parts = new ArrayList<Answer>();
        for (String question : asked.subList(0, Math.min(asked.size(), MOST_QUESTIONS))) {
            boolean namesItsOwn = !interpret(question, context).namedBodies().isEmpty();
            AskContext forIt = context.body().isPresent() || ofTheMessage.isEmpty() || namesItsOwn ? context
                    : context.forBody(ofTheMessage);
            parts.add(silentOnDetail(answer(question, forIt)));
        }
        var words = new StringBuilder();
        parts.forEach(a -> words.append('\u201C')
                .append(QuestionParser.questionSentence(a.question().text()))
                .append("\u201D ").append(a.text()).append("\n\n"));
        if (asked.size() > MOST_QUESTIONS) {
            words.append("The message asks ").append(asked.size()).append(" questions; the first ")
                    .append(MOST_QUESTIONS).append(" are answered. Ask the others separately.");
        }
        // The verdict is that of the yes/no questions, when they agree; an information answer has none to add.
        var verdicts = parts.stream().map(Answer::verdict).filter(java.util.Objects::nonNull).distinct().toList();
        Verdict verdict = verdicts.size() == 1 ? verdicts.get(0) : null;
        QuestionKind kind = verdict == null ? QuestionKind.INFORMATION : QuestionKind.PERMISSION;
        var bodies = parts.stream().map(Answer::body).distinct().toList();
        Question first = parts.get(0).question();
        return new Answer(new Question(text, bodies.size() == 1 ? bodies.get(0) : "", null, kind,
                first.actor(), first.object(), first.facts(), first.asOf()), kind, verdict, words.toString().strip(),
                parts.stream().flatMap(a -> a.conditions().stream()).toList(),
                parts.stream().flatMap(a -> a.provisions().stream()).distinct().toList(),
                parts.stream().flatMap(a -> a.rules().stream()).toList(), parts);
    }

    /**
     * An answer that opens by saying the texts do not address the detail asked (see {@link #detailUnsaid}) carries
     * the verdict that says so; the passage it quotes shows what they do say. Decided last, so that how the answer
     * was found does not depend on it.
     */
    private Answer silentOnDetail(Answer answer) {
        if (answer.verdict() != null || answer.body().isEmpty()) {
            return answer;
        }
        String opening = parser.silenceOpening(answer.body());
        boolean unsaid = details.stream().anyMatch(d -> answer.text().startsWith(opening + " " + d.what() + "."));
        return !unsaid ? answer : new Answer(answer.question(), answer.kind(), Verdict.NOT_ADDRESSED, answer.text(),
                answer.conditions(), answer.provisions(), answer.rules(), answer.parts());
    }

    private Answer answer(String text, AskContext context) {
        context.body().ifPresent(this::body);
        Interpretation interpretation = interpret(text, context);
        if (!interpretation.outside().isEmpty()) {
            return notHeld(interpretation);
        }
        if (interpretation.acrossBodies() && interpretation.problems().isEmpty()) {
            return acrossBodies(text, context, interpretation);
        }
        var unwritten = noRulesOn(interpretation);
        if (unwritten.isPresent()) {
            return unwritten.get();
        }
        var adopted = adoption.flatMap(a -> a.answer(interpretation.question()));
        if (adopted.isPresent()) {
            return adopted.get();
        }
        if (!interpretation.isUnderstood() || !interpretation.possibleBodies().isEmpty()) {
            return readingsAgree(interpretation)
                    .or(() -> bodyFromTheTexts(text, context, interpretation))
                    .or(() -> showingWhatIsAsked(interpretation.question(), "", true))
                    .or(() -> bodyOfTheFacts(text, context, interpretation))
                    .or(() -> fromTheTexts(interpretation).map(this::detailUnsaid))
                    .or(() -> withinScope(interpretation.question()))
                    .or(() -> detailNoTopicReads(interpretation))
                    .or(() -> bindingNoOne(interpretation).map(this::alsoRecorded))
                    .orElseGet(() -> notUnderstood(interpretation));
        }
        Question question = interpretation.question();
        if (interpretation.bodyInferred() && context.body().isEmpty()) {
            // A body chosen only by its topics yields to one whose texts alone use a name the question writes
            // ("Who ran the training at the Shenzhen workshop?" is the Bali Process's, whatever "training" matches).
            var names = parser.unknownNames(text);
            var only = names.isEmpty() ? Optional.<String>empty() : search().onlyBodyUsing(String.join(" ", names));
            if (only.isPresent() && !only.get().equals(question.body())) {
                return answeredFor(text, context, only.get());
            }
        }
        var matter = parser.silentMatter(question.body(), question.topic());
        // A body chosen by its topics alone may be silent where another's texts record what is asked.
        Answer answer = matter.map(m -> (interpretation.bodyInferred()
                        ? showingWhatIsAsked(question, "", false) : Optional.<Answer>empty())
                        .orElseGet(() -> silent(question, m)))
                .orElseGet(() -> {
                    Answer ruled = ask(question);
                    if (ruled.verdict() == Verdict.NOT_ADDRESSED && ruled.provisions().isEmpty()) {
                        return nextReading(interpretation).or(() -> withinScope(question))
                                .orElseGet(() -> nearest(ruled));
                    }
                    // A body chosen by its topics alone does not confine the search: another's texts may record it.
                    return (ruled.verdict() == null ? showingWhatIsAsked(question, ruled.text(),
                            !interpretation.bodyInferred()) : Optional.<Answer>empty())
                            .orElseGet(() -> nearest(alsoRecorded(detailUnsaid(ruled))));
                });
        if (answer.verdict() == null && question.kind() == QuestionKind.PERMISSION && matter.isEmpty()) {
            answer = withVerdictOfBindingNoOne(question, answer);
        }
        if (matter.isEmpty() && parser.asksWhWord(question.text()) && !parser.asksAcrossBodies(question.text())
                && (answer.provisions().isEmpty()
                || question.kind() == QuestionKind.INFORMATION && answer.verdict() != null)) {
            // "What is MSCP?" read as a topic whose rules only give a verdict, or that no rule answers: the text
            // itself is the better answer when a passage matches it well.
            var quoted = showingWhatIsAsked(question, "", !interpretation.bodyInferred())
                    .or(() -> fromTheTexts(interpretation));
            if (quoted.isPresent()) {
                return detailUnsaid(quoted.get());
            }
        }
        if (interpretation.bodyInferred() && answer.isAddressed()) {
            // The question named no body: say which body's rules answered, so the choice is never silent.
            return new Answer(answer.question(), answer.kind(), answer.verdict(), answer.text() + " (Answered for the "
                    + body(answer.body()).shortName() + ".)", answer.conditions(), answer.provisions(), answer.rules());
        }
        return answer;
    }

    /** "Is there a deadline for …?", "Any time limit …?": a yes/no question whether the texts give a detail. */
    private static final java.util.regex.Pattern WHETHER_THERE_IS = java.util.regex.Pattern.compile(
            "^(?:\\W*(?:hi|hello|pls|please|q|quick q)\\W+)?(?:is there|are there|any"
            + "|do(?:es)? (?:the|it|they)\\b.{0,60}\\b(?:set|fix|give|specify|provide))\\b");

    /**
     * "How many weeks before the meeting must documents be circulated?" answered with what the texts say about
     * documents, which gives no number: the answer first says the texts do not specify what was asked, then what
     * they do say, instead of passing the nearest rule off as the answer. Asked whether there is such a detail ("Any
     * deadline for adopting the Work Programme?"), a rule's "Yes" about the matter is no answer either: the detail
     * is not addressed.
     */
    private Answer detailUnsaid(Answer answer) {
        if (answer.provisions().isEmpty() || answer.verdict() == Verdict.NOT_ADDRESSED) {
            return answer;
        }
        String asked = QuestionParser.questionSentence(answer.question().text()).toLowerCase(java.util.Locale.ROOT);
        boolean information = answer.kind() == QuestionKind.INFORMATION && answer.verdict() == null;
        if (!information && !WHETHER_THERE_IS.matcher(asked).find()) {
            return answer;
        }
        String said = answer.text().toLowerCase(java.util.Locale.ROOT);
        for (var detail : details) {
            if (detail.asked().matcher(asked).find() && !detail.shown().matcher(said).find()) {
                String text = unsaid(answer.body(), detail) + " " + whatTheySay(answer.body())
                        + answer.text().replaceFirst("^(?:Yes|No)\\. ", "");
                return new Answer(answer.question(), answer.kind(), information ? null : Verdict.NOT_ADDRESSED, text,
                        answer.conditions(), answer.provisions(), answer.rules());
            }
        }
        return answer;
    }

    /** "The reports do not address a deadline, time limit or fixed frequency.": the body's texts said silent. */
    private String unsaid(String body, Detail detail) {
        return parser.silenceOpening(body) + " " + detail.what() + ".";
    }

    /** "What it says: " after "The workshop outcome does not address …"; "What they say: " after "The reports …". */
    private String whatTheySay(String body) {
        return parser.silenceOpening(body).endsWith("does not address") ? "What it says: " : "What they say: ";
    }

    /** How well, against the best, another topic must fit a question for its rules to be asked in turn. */
    private static final double NEARLY = 2.0 / 3;

    /**
     * The best-fitting topic's rules say nothing on the question ("Can WGAS look into operational LE cooperation
     * against cross-border transfer of firearms between member states?" fits membership by the member states a little
     * better than scope by what it asks): the body's other topics that fit nearly as well are asked in turn, best
     * first, and the first whose rules speak answers. Matters the texts are silent on are not readings here: they
     * would silence a topic that was chosen.
     */
    private Optional<Answer> nextReading(Interpretation interpretation) {
        Question q = interpretation.question();
        var ours = interpretation.candidates().stream().filter(c -> c.body().equals(q.body())).toList();
        if (ours.size() < 2) {
            return Optional.empty();
        }
        double top = ours.get(0).score();
        return ours.stream()
                .filter(c -> !c.topic().equals(q.topic()) && c.score() >= top * NEARLY
                        && parser.silentMatter(q.body(), c.topic()).isEmpty())
                .map(c -> ask(new Question(q.text(), q.body(), c.topic(), q.kind(), q.actor(), q.object(), q.facts(),
                        q.asOf())))
                .filter(a -> a.isAddressed() && !a.provisions().isEmpty())
                .findFirst();
    }

    /**
     * "Deadline for states to enact the legislation under AHEG II?": a question no topic reads that asks for a detail
     * (a deadline, a number, how often) which the passage nearest to it does not give is one the texts do not
     * address; the passage shows what they do say. When the passage may give it, the question is left to the rest.
     */
    private Optional<Answer> detailNoTopicReads(Interpretation interpretation) {
        Question q = interpretation.question();
        if (q.body().isEmpty() || !interpretation.problems().stream().allMatch(QuestionParser.AMBIGUOUS::equals)) {
            return Optional.empty();
        }
        String asked = QuestionParser.questionSentence(q.text()).toLowerCase(java.util.Locale.ROOT);
        var detail = details.stream().filter(d -> d.asked().matcher(asked).find()).findFirst();
        if (detail.isEmpty()) {
            return Optional.empty();
        }
        String expanded = parser.searchText(q.text());
        var hit = search().search(expanded, Optional.of(q.body()), 1).stream().filter(h -> h.informative() >= 2)
                .findFirst();
        String quote = hit.map(h -> search().quote(h.provision(), expanded, 2)).orElse("");
        if (detail.get().shown().matcher(quote.toLowerCase(java.util.Locale.ROOT)).find()) {
            return Optional.empty();
        }
        String unsaid = unsaid(q.body(), detail.get());
        String text = hit.map(h -> unsaid + " " + whatTheySay(q.body()) + h.provision().id() + " records: \u201C"
                + quote + "\u201D").orElse(unsaid);
        return Optional.of(new Answer(q, q.kind(), Verdict.NOT_ADDRESSED, text, List.of(),
                hit.map(h -> List.of(h.provision())).orElse(List.of()), List.of()));
    }

    /** "Any rule on …?", "Are there rules for …?", "Does the paper set rules on …?": whether the texts say something. */
    private static final java.util.regex.Pattern RULES_ON = java.util.regex.Pattern.compile(
            "\\b(?:any|is there(?: an?| any)?|are there(?: any)?|(?:does|do) (?:the|this|these|it|they)\\b.{0,40}?"
            + "\\b(?:set|have|give|contain|lay down|include))\\s+(?:\\S+\\s+){0,3}?"
            + "(?:rules?|provisions?|procedures?|guidance|clauses?|requirements?)\\b");
    /** The share of such a question's uncommon words the best provision must hold for the texts to say something. */
    private static final double SAYS_SOMETHING = 0.5;

    /**
     * "Any rule on protecting classified information shared between defence establishments?": asked whether the
     * texts have rules on a matter, when no provision of the body holds even half of the question's uncommon words,
     * the texts do not address it; said so at once, with the nearest provisions, rather than answered with a rule
     * about something else.
     */
    private Optional<Answer> noRulesOn(Interpretation interpretation) {
        Question q = interpretation.question();
        String asked = QuestionParser.questionSentence(q.text());
        // A matter the body's folder names as silent is answered as that matter, with its note.
        if (q.body().isEmpty() || !RULES_ON.matcher(asked.toLowerCase(java.util.Locale.ROOT)).find()
                || q.topic() != null && parser.silentMatter(q.body(), q.topic()).isPresent()) {
            return Optional.empty();
        }
        var covered = search().bestCoverage(parser.searchText(asked), q.body());
        if (covered.isEmpty() || covered.getAsDouble() >= SAYS_SOMETHING) {
            return Optional.empty();
        }
        var unaddressed = new Answer(q, q.kind(), Verdict.NOT_ADDRESSED, parser.silenceOpening(q.body())
                + " this: no provision speaks of what the question asks about.", List.of(), List.of(), List.of());
        return Optional.of(nearest(unaddressed));
    }

    /** How many of the question's uncommon words the provision must contain. */
    private static final double SCOPE_COVERAGE = 0.6;

    /**
     * "Can the WG on AS organise regional training programmes?": a may-we question no rule answers, nearly all of
     * whose words a provision stating what the body does (its purpose, scope or forms of activity, as its body data
     * lists them) contains, is within the body's stated scope: yes, quoting that provision. Never for a question that
     * asks an obligation, negates or restricts.
     */
    private Optional<Answer> withinScope(Question q) {
        boolean mayWe = q.fact(QuestionParser.ASKS).map(f -> f.value().equals("permission")).orElse(false);
        if (q.body().isEmpty() || q.kind() != QuestionKind.PERMISSION || !mayWe) {
            return Optional.empty();
        }
        Bundle bundle = knowledge.bundle(q.body());
        String sentence = parser.searchText(QuestionParser.questionSentence(q.text()));
        // A restriction stated before the question ("Our task force meets only as needed. Any problem?") counts too.
        if (bundle == null || bundle.scope().isEmpty()
                || QuestionParser.NOT_PLAIN.matcher(q.text().toLowerCase(java.util.Locale.ROOT)).find()) {
            return Optional.empty();
        }
        return search().search(sentence, Optional.of(q.body()), 3).stream()
                // A state or organisation the question is about must be one the provision speaks of: what the body
                // does is not what INTERPOL may do at its meetings.
                .filter(h -> q.actor() == null || q.actor().kind() == org.govrules.Party.Kind.ROLE
                        || h.provision().text().contains(q.actor().name()) || h.provision().text().contains(q.actor().id()))
                .filter(h -> bundle.inScope(h.provision().id()) && h.informative() >= 2
                        && search().coverage(sentence, h.provision()) >= SCOPE_COVERAGE)
                .findFirst()
                .map(hit -> {
                    String quote = search().quote(hit.provision(), sentence, 1);
                    String text = "Yes: this is within what the " + body(q.body()).shortName() + "'s instruments set"
                            + " out for it (" + hit.provision().id() + (hit.provision().part().isBlank() ? ""
                            : ", " + hit.provision().part()) + "): \u201C"
                            + quote.strip() + "\u201D";
                    var answered = new Question(q.text(), q.body(), null, QuestionKind.PERMISSION, q.actor(),
                            q.object(), q.facts(), q.asOf());
                    return new Answer(answered, QuestionKind.PERMISSION, Verdict.PERMITTED, text, List.of(),
                            List.of(hit.provision()), List.of());
                });
    }

    /** A detail a question asks for, with the expressions that find it asked and given. */
    private record Detail(String what, java.util.regex.Pattern asked, java.util.regex.Pattern shown) {}

    /**
     * An answer that no provision speaks to names the provisions nearest to the question (BM25 over the body's
     * texts), so the asker can read what the texts do say.
     */
    private Answer nearest(Answer answer) {
        if (answer.verdict() != Verdict.NOT_ADDRESSED || !answer.provisions().isEmpty()) {
            return answer;
        }
        var hits = search().search(parser.searchText(answer.question().text()), Optional.of(answer.body()), 2).stream()
                .filter(h -> h.informative() >= 1).toList();
        if (hits.isEmpty()) {
            return answer;
        }
        String near = String.join(", ", hits.stream().map(h -> h.provision().id() + " (" + h.provision().part() + ")")
                .toList());
        return new Answer(answer.question(), answer.kind(), answer.verdict(), answer.text()
                + " The nearest provisions: " + near + ".", answer.conditions(),
                hits.stream().map(ProvisionSearch.Hit::provision).toList(), answer.rules());
    }

    /** "The Terms of Reference do not address a quorum.", with the nearest provision when the folder names one. */
    private Answer silent(Question question, org.govrules.internal.parse.SilenceFile.Matter matter) {
        var text = new StringBuilder(parser.silenceOpening(question.body())).append(' ').append(matter.matter())
                .append('.');
        if (matter.note() != null) {
            text.append(' ').append(matter.note().strip());
        }
        var near = Optional.ofNullable(matter.near()).flatMap(this::provision).map(List::of).orElse(List.of());
        return new Answer(question, question.kind(), Verdict.NOT_ADDRESSED, text.toString(), List.of(), near, List.of());
    }

    public Answer ask(Question question) {
        Body body = body(question.body());
        var facts = new ArrayList<Object>();
        facts.add(question);
        facts.addAll(question.facts());
        facts.add(body.reckoning());
        facts.add(timelines.computeIfAbsent(body.id(), id -> new MemberTimeline(body, this::stateName))
                .on(question.asOf()));
        facts.add(Support.from(question.facts()));
        // A role holder the question states ("the VLS is Indonesia") stands, for this question, in place of the one
        // on record.
        var stated = new java.util.HashMap<String, String>();
        question.facts().stream().filter(f -> f.name().startsWith(QuestionParser.HOLDS))
                .forEach(f -> stated.put(f.name().substring(QuestionParser.HOLDS.length()), stateName(f.value())));
        stated.forEach((role, holder) -> facts.add(new Holder(role, holder)));
        for (var role : body.roles()) {
            if (role.isHeldOn(question.asOf()) && !stated.containsKey(role.role())) {
                facts.add(new Holder(role.role(), role.holder()));
            }
        }
        try {
            return composer.compose(question, knowledge.sessions(body.id(), question.topic()).run(facts));
        } catch (RuntimeException e) {
            // A rule that fails on a question is a defect of the knowledge base; Drools' own types stay inside.
            throw new org.govrules.KnowledgeBaseException("A rule of " + body.id() + " failed on the question '"
                    + question.text() + "': " + e.getMessage(), e);
        }
    }

    /** Reads a scenario table a reviewer wrote. */
    public static List<org.govrules.review.Scenario> readScenarios(String markdown, String source) {
        return ScenarioTable.parse(markdown, source);
    }

    /** A structured question from outside: refused if its topic, facts or values are unknown, then answered. */
    public Answer askStructured(Question question) {
        body(question.body());
        knowledge.topics(question.body()).check(question);
        return ask(question);
    }

    /** The topics a body's rules answer, with the facts each reads. */
    public List<org.govrules.TopicSpec> topics(String bodyId) {
        body(bodyId);
        return knowledge.topics(bodyId).list();
    }

    /** Checks an event against the body's ledger; returns it with names made codes, or throws a refusal. */
    public Event check(Event event, List<Event> ledger) {
        body(event.body());
        return eventCheck.check(event, knowledge.bundle(event.body()), ledger, today(event.body()));
    }

    /** The deadlines the rules derive from a body's ledger, as of a date, soonest first. */
    public List<Deadline> deadlines(String bodyId, List<Event> ledger, LocalDate asOf) {
        Body body = body(bodyId);
        var events = EventCheck.latest(ledger.stream().filter(e -> e.body().equals(bodyId)).toList(),
                knowledge.bundle(bodyId));
        var facts = new ArrayList<Object>(events);
        facts.add(new Today(asOf));
        facts.add(body.reckoning());
        facts.add(new Roster(body, stateNames));
        int first = events.stream().mapToInt(e -> e.date().getYear()).min().orElse(asOf.getYear());
        for (int year = Math.min(first, asOf.getYear()); year <= asOf.getYear(); year++) {
            facts.add(new Year(year));
        }
        return knowledge.sessions(bodyId).run(facts).dues().stream()
                .map(d -> new Deadline(bodyId, d.due().key(), d.due().due(), d.due().what(), d.rule().provision(),
                        d.due().status()))
                .sorted(Comparator.comparing(Deadline::due).thenComparing(Deadline::key))
                .toList();
    }

    public String stateName(String code) {
        return stateNames.getOrDefault(code, code);
    }

    /**
     * One answer per body the question concerns, combined: the text gives each body's answer under its name, the
     * verdict is theirs when they all agree (otherwise none), and bodies whose instruments are silent are named.
     */
    private Answer acrossBodies(String text, AskContext context, Interpretation interpretation) {
        var parts = new ArrayList<Answer>();
        for (String body : interpretation.possibleBodies()) {
            parts.add(ask(text, new AskContext(Optional.of(body), context.asOf())));
        }
        var answered = parts.stream().filter(Answer::isAddressed).toList();
        var asked = interpretation.namedBodies().size() > 1 ? interpretation.namedBodies()
                : knowledge.bodyList().stream().map(Body::id).toList();
        var silent = asked.stream().filter(id -> answered.stream().noneMatch(a -> a.body().equals(id))).toList();
        var words = new StringBuilder();
        answered.forEach(a -> words.append(body(a.body()).shortName()).append(": ").append(a.text()).append("\n\n"));
        if (!silent.isEmpty()) {
            words.append("The instruments of ").append(String.join(", ", silent.stream()
                    .map(id -> body(id).shortName()).toList())).append(" do not address this.");
        }
        var verdicts = answered.stream().map(Answer::verdict).distinct().toList();
        Verdict verdict = verdicts.size() == 1 ? verdicts.get(0) : null;
        QuestionKind kind = verdict == null ? QuestionKind.INFORMATION : interpretation.question().kind();
        Question question = interpretation.question();
        return new Answer(new Question(question.text(), "", question.topic(), kind, question.actor(), question.object(),
                question.facts(), question.asOf()), kind, verdict, words.toString().strip(),
                answered.stream().flatMap(a -> a.conditions().stream().map(c -> body(a.body()).shortName() + ": " + c))
                        .toList(),
                answered.stream().flatMap(a -> a.provisions().stream()).distinct().toList(),
                answered.stream().flatMap(a -> a.rules().stream()).toList(), answered);
    }

    /**
     * Two topics of the chosen body fit the question equally well ("Does the outcome oblige Fiji to ratify the ATT?"
     * is about participation and about ratification): if both readings give the same verdict, that verdict is the
     * answer, with the reasons and provisions of both; if they differ, the asker is asked to say which is meant.
     */
    private Optional<Answer> readingsAgree(Interpretation interpretation) {
        Question q = interpretation.question();
        if (q.body().isEmpty() || !interpretation.possibleBodies().isEmpty()
                || !interpretation.problems().equals(List.of(QuestionParser.AMBIGUOUS))) {
            return Optional.empty();
        }
        var ours = interpretation.candidates().stream().filter(c -> c.body().equals(q.body())).toList();
        double top = ours.get(0).score();
        var level = ours.stream().filter(c -> c.score() >= top - 1e-9).toList();
        // On a tie with a topic, a matter the texts are silent on wins (as in the parser): those tied are the readings.
        var silentOnes = level.stream().filter(c -> parser.silentMatter(q.body(), c.topic()).isPresent()).toList();
        var tied = silentOnes.isEmpty() ? level : silentOnes;
        var answers = tied.stream()
                .map(c -> {
                    var asked = new Question(q.text(), q.body(), c.topic(), q.kind(), q.actor(), q.object(), q.facts(),
                            q.asOf());
                    return parser.silentMatter(q.body(), c.topic()).map(m -> silent(asked, m)).orElseGet(() -> ask(asked));
                })
                .toList();
        // Readings agree when they give one verdict: rules that answer alike, or matters the texts are all silent on
        // ("a quorum … a proxy vote?" names each).
        boolean allSilent = tied.stream().allMatch(c -> parser.silentMatter(q.body(), c.topic()).isPresent());
        if (answers.stream().map(Answer::verdict).distinct().count() != 1
                || !answers.get(0).isAddressed() && !allSilent) {
            return Optional.empty();
        }
        var first = answers.get(0);
        return Optional.of(new Answer(first.question(), first.kind(), first.verdict(),
                String.join(" ", answers.stream().map(Answer::text).distinct().toList()),
                answers.stream().flatMap(a -> a.conditions().stream()).distinct().toList(),
                answers.stream().flatMap(a -> a.provisions().stream()).distinct().toList(),
                answers.stream().flatMap(a -> a.rules().stream()).toList()));
    }

    /** The index over the provision texts, built on first use: most questions never need it. */
    private synchronized ProvisionSearch search() {
        if (search == null) {
            var byBody = new java.util.LinkedHashMap<String, List<Provision>>();
            knowledge.bodyList().forEach(b -> byBody.put(b.id(), knowledge.bundle(b.id()).instruments().stream()
                    .flatMap(i -> i.provisions().stream()).toList()));
            var stopwords = new java.util.HashSet<String>();
            knowledge.vocabulary().forEach(v -> stopwords.addAll(v.stopwords() == null ? List.of() : v.stopwords()));
            var names = new java.util.HashSet<String>();
            knowledge.vocabulary().forEach(v -> {
                if (v.states() != null) {
                    v.states().forEach(st -> {
                        names.add(st.name());
                        names.addAll(st.aliases() == null ? List.of() : st.aliases());
                    });
                }
                if (v.parties() != null) {
                    v.parties().stream().filter(p -> "organisation".equals(p.kind())).forEach(p -> {
                        names.add(p.name());
                        names.addAll(p.aliases() == null ? List.of() : p.aliases());
                    });
                }
            });
            search = new ProvisionSearch(byBody, stopwords, names);
        }
        return search;
    }

    /**
     * A question that names no body and that several bodies' topics fit, or none, with words only one body's
     * instruments use ("Where did AHEG II hold its planning meeting?"): that body answers.
     */
    private Optional<Answer> bodyFromTheTexts(String text, AskContext context, Interpretation interpretation) {
        if (context.body().isPresent() || !interpretation.question().body().isEmpty()
                || !interpretation.namedBodies().isEmpty() || !interpretation.problems().isEmpty()
                && !interpretation.problems().equals(List.of(QuestionParser.AMBIGUOUS))) {
            return Optional.empty();
        }
        // Several bodies' topics fit: a name tells them apart, else two or more words only one body's texts use
        // ("the lost and stolen passport system"). None fits: any word only one body uses.
        var names = parser.unknownNames(text);
        var only = interpretation.possibleBodies().isEmpty() ? search().onlyBodyUsing(parser.searchText(text))
                : names.isEmpty() ? search().onlyBodyUsing(parser.searchText(text), 2)
                : search().onlyBodyUsing(String.join(" ", names));
        if (only.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(answeredFor(text, context, only.get()));
    }

    /** Bodies tied on the question's topics, one of which declares the facts it states: that body's answer. */
    private Optional<Answer> bodyOfTheFacts(String text, AskContext context, Interpretation interpretation) {
        if (interpretation.possibleBodies().size() < 2) {
            return Optional.empty();
        }
        return parser.bodyDeclaring(interpretation.possibleBodies(), interpretation.question().facts())
                .map(body -> answeredFor(text, context, body));
    }

    /** The question asked of a body it did not name, saying so. */
    private Answer answeredFor(String text, AskContext context, String bodyId) {
        Answer answer = ask(text, context.forBody(bodyId));
        return new Answer(answer.question(), answer.kind(), answer.verdict(), answer.text() + " (Answered for the "
                + body(bodyId).shortName() + ".)", answer.conditions(), answer.provisions(), answer.rules());
    }

    /**
     * A question about what the texts record ("Who proposed ...?", "Where was ... held?") that no topic covers is
     * answered by quoting the passage that matches it best, with its provision id and no verdict.
     */
    private Optional<Answer> fromTheTexts(Interpretation interpretation) {
        if (interpretation.question().body().isEmpty() && !interpretation.possibleBodies().isEmpty()) {
            return Optional.empty();
        }
        Question q = interpretation.question();
        if (!parser.asksWhWord(q.text()) && !parser.asksWhatTheTextsSay(q.text())
                || !interpretation.problems().stream().allMatch(QuestionParser.AMBIGUOUS::equals)) {
            return Optional.empty();
        }
        Optional<String> body = q.body().isEmpty() ? Optional.empty() : Optional.of(q.body());
        var hits = search().search(parser.searchText(q.text()), body, 1);
        if (hits.isEmpty() || hits.get(0).informative() < 2) {
            return Optional.empty();
        }
        var hit = hits.get(0);
        String quote = search().quote(hit.provision(), parser.searchText(q.text()), 2);
        var cited = new ArrayList<Provision>(List.of(hit.provision()));
        if (quote.strip().endsWith(":")) {
            // "… in accordance with two ASEAN documents:": the list that follows is the answer.
            var listed = search().listedUnder(hit.provision());
            cited.addAll(listed);
            quote += " " + String.join(" ", listed.stream().map(p -> p.id() + ": " + p.text().strip()).toList());
        }
        return Optional.of(quoted(q, hit.body(), cited, quote));
    }

    /**
     * "Any problem if our task force meets only when needed, under the Bali Process?": a yes/no question that nothing
     * in the texts of a body binding no one answers gets that body's verdict on obligations.
     */
    private Optional<Answer> bindingNoOne(Interpretation interpretation) {
        Question q = interpretation.question();
        if (q.body().isEmpty() || q.kind() != QuestionKind.PERMISSION
                || !interpretation.problems().stream().allMatch(QuestionParser.AMBIGUOUS::equals)) {
            return Optional.empty();
        }
        return nonBindingVerdict(q);
    }

    /** The verdict of a body binding no one on the question, asked as its obligations topic, if it gives one. */
    private Optional<Answer> nonBindingVerdict(Question q) {
        return parser.bindsNoOne(q.body()).filter(topic -> !topic.equals(q.topic()))
                .map(topic -> ask(new Question(q.text(), q.body(), topic, q.kind(), q.actor(), q.object(), q.facts(),
                        q.asOf())))
                .filter(a -> a.verdict() != null && a.verdict() != Verdict.NOT_ADDRESSED);
    }

    private static final java.util.regex.Pattern PARTICIPANT = java.util.regex.Pattern.compile(
            "(?i)\\b(?:states?|countries|country|participants?|members?|governments?|we|our|us)\\b");

    /**
     * "Must Indonesia join the legislation project?" answered with what the texts record of the project: a yes/no
     * question of a body whose instruments bind no one also gets that verdict, with the record after it.
     */
    private Answer withVerdictOfBindingNoOne(Question question, Answer recorded) {
        // Only what a participant must do: "Does the Process need a budget?" is answered by the record alone.
        boolean ofAParticipant = question.actor() != null && question.actor().kind() == org.govrules.Party.Kind.STATE
                || PARTICIPANT.matcher(QuestionParser.questionSentence(question.text())).find();
        var found = ofAParticipant ? nonBindingVerdict(question) : Optional.<Answer>empty();
        if (found.isEmpty()) {
            return recorded;
        }
        Answer verdict = found.get();
        var provisions = new ArrayList<>(verdict.provisions());
        recorded.provisions().stream().filter(p -> !provisions.contains(p)).forEach(provisions::add);
        var rules = new ArrayList<>(verdict.rules());
        rules.addAll(recorded.rules());
        return new Answer(verdict.question(), verdict.kind(), verdict.verdict(), verdict.text() + " "
                + recorded.text(), verdict.conditions(), provisions, rules);
    }

    /** An information answer quoting the texts, saying whose they are when the question named no body. */
    private Answer quoted(Question q, String hitBody, List<Provision> cited, String quote) {
        String text = cited.get(0).id() + " records: \u201C" + quote + "\u201D";
        if (q.body().isEmpty()) {
            text += " (From the instruments of the " + body(hitBody).shortName() + ".)";
        }
        var question = new Question(q.text(), hitBody, null, QuestionKind.INFORMATION, q.actor(), q.object(),
                q.facts(), q.asOf());
        return new Answer(question, QuestionKind.INFORMATION, null, text, List.of(), cited, List.of());
    }

    /**
     * "Where and when was the workshop held?": the sentence that gives the place and the year, when the answer
     * found so far (rules' or none) does not.
     */
    private Optional<Answer> showingWhatIsAsked(Question q, String answered, boolean withinBody) {
        Optional<String> body = q.body().isEmpty() || !withinBody ? Optional.empty() : Optional.of(q.body());
        return answerTypes.sentenceShowing(search(), parser.searchText(q.text()), body, answered)
                .map(hit -> quoted(q, hit.body(), List.of(hit.provision()), hit.sentence()));
    }

    /**
     * An information answer from the rules, or the general verdict of texts that bind no one, with the passage the
     * question matches far better than anything the answer cites ("Who coordinated the passport project?" asked of a
     * rule about coordinators in general).
     */
    private Answer alsoRecorded(Answer answer) {
        // The verdict of a body whose texts bind no one is as general as such an answer ("Can we seek help
        // bilaterally?" - yes, nothing binds): the passage asked about is added to it too.
        boolean general = answer.verdict() != null && answer.isAddressed() && !answer.body().isEmpty()
                && parser.bindsNoOne(answer.body()).filter(t -> t.equals(answer.question().topic())).isPresent();
        if (!general && (answer.verdict() != null || answer.kind() != QuestionKind.INFORMATION)) {
            return answer;
        }
        String asked = parser.searchText(answer.question().text());
        var hits = search().search(asked, Optional.of(answer.body()), 10);
        if (hits.isEmpty() || hits.get(0).informative() < 2) {
            return answer;
        }
        var top = hits.get(0);
        var cited = answer.provisions().stream().map(Provision::id).toList();
        double citedBest = hits.stream().filter(h -> cited.contains(h.provision().id()))
                .mapToDouble(ProvisionSearch.Hit::score).max().orElse(0);
        boolean isCited = cited.contains(top.provision().id());
        String quote = search().quote(top.provision(), asked, 2);
        // A cited provision's own words are added when they hold what was asked and the rule's summary does not
        // ("Which country holds the Presidency of the 4th CSP?" asked of a rule about the recommendations).
        if (isCited ? !search().addsTo(answer.text(), quote, asked) : top.score() < MUCH_BETTER * citedBest) {
            return answer;
        }
        var provisions = new ArrayList<>(answer.provisions());
        if (!isCited) {
            provisions.add(top.provision());
        }
        return new Answer(answer.question(), answer.kind(), answer.verdict(), answer.text() + " "
                + top.provision().id() + " records: \u201C" + quote + "\u201D", answer.conditions(), provisions,
                answer.rules());
    }

    /** "Who chairs the Working Group on Trafficking in Persons?": named as not covered, with the bodies that are. */
    private Answer notHeld(Interpretation interpretation) {
        Question q = interpretation.question();
        String text = "The knowledge base does not hold the rules of " + String.join(" or ", interpretation.outside())
                + ", so this is not covered. It covers: " + String.join(", ", knowledge.bodyList().stream()
                        .map(b -> b.shortName() + " (" + b.id() + ")").toList()) + ".";
        return new Answer(new Question(q.text(), "", null, q.kind(), q.actor(), q.object(), q.facts(), q.asOf()),
                q.kind(), Verdict.NOT_ADDRESSED, text, List.of(), List.of(), List.of());
    }

    private Answer notUnderstood(Interpretation interpretation) {
        Question q = interpretation.question();
        var text = new StringBuilder();
        if (!interpretation.possibleBodies().isEmpty() && interpretation.problems().isEmpty()) {
            text.append("This question could concern several bodies: ")
                    .append(String.join(", ", interpretation.possibleBodies().stream()
                            .map(id -> body(id).shortName() + " (" + id + ")").toList()))
                    .append(". Name the body in the question, or choose one.");
        } else {
            interpretation.problems().forEach(p -> text.append(p).append(' '));
            String about = q.body().isEmpty() ? "the bodies it knows" : "the rules of the " + body(q.body()).shortName();
            text.append("I could not tell what this question asks of ").append(about).append('.');
            List<String> examples = q.body().isEmpty()
                    ? knowledge.bodyList().stream().flatMap(b -> parser.examples(b.id()).stream().limit(1)).toList()
                    : parser.examples(q.body());
            if (!examples.isEmpty()) {
                text.append(" You can ask, for example: ")
                        .append(String.join(" ", examples.stream().limit(4).map(e -> "\u201C" + e + "\u201D").toList()));
            }
        }
        QuestionKind kind = q.kind();
        return new Answer(q, kind, Verdict.NOT_ADDRESSED, text.toString().strip(), List.of(), List.of(), List.of());
    }

    public List<Provision> provisions() {
        return knowledge.instruments().stream().flatMap(i -> i.provisions().stream()).toList();
    }

    /** The events a body records, as its folder declares them. */
    public List<org.govrules.EventType> eventTypes(String bodyId) {
        body(bodyId);
        return knowledge.bundle(bodyId).events().values().stream().map(Bundle.DeclaredEvent::type).toList();
    }

    /** What reviewers see: rules, their texts, scenario rows and coverage. */
    public org.govrules.review.Review review() {
        return new KnowledgeReview(this);
    }

    public Optional<Provision> provision(String id) {
        return Optional.ofNullable(knowledge.provisions().get(id));
    }
}
