package org.govrules;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.govrules.internal.Engine;
import org.govrules.internal.Knowledge;

/**
 * The governance rules of the bodies in the knowledge base on the classpath, ready to answer questions.
 *
 * <pre>{@code
 * Rulebook rules = Rulebook.load();                       // once: about a second
 * Answer a = rules.ask("Can INTERPOL attend our next meeting?", AskContext.defaults().forBody(bodyId));
 * a.verdict();      // CONDITIONAL
 * a.conditions();   // what must hold
 * a.provisions();   // [wg-as-tor:7 with its text]
 * }</pre>
 *
 * <p>Load it once and share it: it is immutable and thread-safe. Each question runs in its own rule session, so
 * questions never see each other's facts. Dates are the body's: "today" is today in the body's time zone, and time
 * limits are reckoned as {@link Reckoning} documents.
 */
public final class Rulebook {

    private final Engine engine;

    private Rulebook(Engine engine) {
        this.engine = engine;
    }

    /** Loads the knowledge base from the context class loader, answering as of the system clock. */
    public static Rulebook load() {
        return load(Thread.currentThread().getContextClassLoader(), Clock.systemUTC());
    }

    /**
     * Loads the knowledge base that {@code loader} sees.
     *
     * @param clock what "today" is; tests and replays pass a fixed clock
     * @throws KnowledgeBaseException if no knowledge base is on the classpath or it is inconsistent
     */
    public static Rulebook load(ClassLoader loader, Clock clock) {
        return new Rulebook(new Engine(Knowledge.load(loader), clock));
    }

    /** Answers a question in plain English, for the body the question names, as of today. */
    public Answer ask(String question) {
        return ask(question, AskContext.defaults());
    }

    /**
     * Answers a question in plain English. A question that cannot be understood gets a {@code NOT_ADDRESSED} answer
     * that says what was not understood and shows example questions; it never throws for what the text says.
     *
     * @throws UnknownBodyException if the context names a body the knowledge base does not know
     */
    public Answer ask(String question, AskContext context) {
        return engine.ask(question, context);
    }

    /**
     * How a question is read, without answering it: the body, topic and act chosen, the facts taken from the
     * sentence, the date answered as of and why, and the topics that competed. {@code ask --explain} prints it.
     *
     * @throws UnknownBodyException if the context names a body the knowledge base does not hold
     */
    public Reading read(String question, AskContext context) {
        return engine.read(question, context);
    }

    /**
     * Answers a structured question, bypassing the parser. The question is checked first against what the body's rules
     * read ({@link #topics(String)}), so a misspelt topic or fact is refused rather than answered "not addressed".
     *
     * @throws UnknownBodyException     if the question's body is not known
     * @throws InvalidQuestionException if its topic is unknown, a fact is read by no rule of the topic, or a value is
     *                                  not of the fact's type (a date that is not YYYY-MM-DD, a count that is no number)
     * @throws KnowledgeBaseException   if a rule fails on the question (a defect of the knowledge base)
     */
    public Answer ask(Question question) {
        return engine.askStructured(question);
    }

    /**
     * The topics a body's rules answer, with the kinds of question and the facts (names, types, known values) each
     * topic reads: what a structured {@link Question} may say.
     *
     * @throws UnknownBodyException if there is no such body
     */
    public List<TopicSpec> topics(String bodyId) {
        return engine.topics(bodyId);
    }

    /** The provision with that id (e.g. {@code wg-as-tor:7}), with its text. */
    public Optional<Provision> provision(String id) {
        return engine.provision(id);
    }

    /** Every provision of every instrument, grouped by instrument in the order of the text. */
    public List<Provision> provisions() {
        return engine.provisions();
    }

    /**
     * The version of the knowledge base: {@code kb-} and 12 hex digits of a digest of every file of every body
     * (instruments, rules, vocabulary, data). Two installations with the same version give the same answers; the
     * decision log keeps it beside each answer.
     */
    public String version() {
        return engine.knowledge().version();
    }

    /** The bodies the knowledge base knows, by id. */
    public List<Body> bodies() {
        return engine.knowledge().bodyList();
    }

    /**
     * The body with that id.
     *
     * @throws UnknownBodyException if there is none
     */
    public Body body(String id) {
        return engine.body(id);
    }

    /** Today in the body's time zone: the date questions are answered as of unless one is given. */
    public LocalDate today(String bodyId) {
        return engine.today(bodyId);
    }

    /** Every rule of the knowledge base with the provision it encodes and the clause it quotes. */
    public List<EncodedRule> rules() {
        return engine.knowledge().rules();
    }

    /**
     * Asks a scenario row's question and compares the answer with what the row expects.
     *
     * @return what the answer lacks, in words (wrong verdict, missing citation, missing words); empty if it passes
     */
    public List<String> run(Scenario row) {
        return engine.run(row);
    }

    /**
     * Reads a scenario table in the knowledge base's Markdown format (question | as of | verdict | provision | answer
     * mentions), e.g. one a reviewer wrote.
     *
     * @param source a name for the table, used in each row's {@link Scenario#source()}
     * @throws KnowledgeBaseException if a row does not have five cells or a date is not YYYY-MM-DD
     */
    public static List<Scenario> readScenarios(String markdown, String source) {
        return Engine.readScenarios(markdown, source);
    }

    /** The DRL of the rule with that name, as its folder writes it, for reviewers. */
    public Optional<String> ruleText(String name) {
        return engine.ruleText(name);
    }

    /** The knowledge base's scenario tables, row by row: the questions its answers are checked against. */
    public List<Scenario> scenarios() {
        return engine.knowledge().scenarios();
    }

    /**
     * For every provision of every instrument, the rules that encode it, the scenario rows that exercise those rules,
     * or the reason it has no rule. Runs every scenario row, so it takes a moment (tens of milliseconds).
     */
    public List<ProvisionCoverage> coverage() {
        return engine.coverage();
    }

    /** Example questions for a body, as the knowledge base's vocabulary gives them. */
    public List<String> examples(String bodyId) {
        return engine.parser().examples(bodyId);
    }

    /**
     * Checks an event before it is recorded: its keys, dates and member states (names become ISO codes), and that it
     * agrees with the body's ledger (a comment needs a transmitted record, a meeting must be scheduled first, ...).
     *
     * @param ledger the body's events so far, in the order recorded
     * @return the event as it should be recorded
     * @throws RefusedEventException saying what is wrong and how to put it right
     * @throws UnknownBodyException if the event's body is not known
     */
    public Event check(Event event, List<Event> ledger) {
        return engine.check(event, ledger);
    }

    /**
     * The deadlines of a body as of a date, soonest first, derived by the rules from its events: no database needed.
     * A later {@code meeting-scheduled} for the same meeting moves it.
     */
    public List<Deadline> deadlines(String bodyId, List<Event> ledger, LocalDate asOf) {
        return engine.deadlines(bodyId, ledger, asOf);
    }

    /**
     * The events a body's secretariat records, as its knowledge folder declares them, in the order declared.
     *
     * @throws UnknownBodyException if there is no such body
     */
    public List<EventType> eventTypes(String bodyId) {
        return engine.eventTypes(bodyId);
    }

    /**
     * The body that records events of this type, for a record that names none: the one body whose folder declares it.
     *
     * @throws RefusedEventException if no body declares it, or several do (the record must then name its body)
     */
    public String bodyRecording(String eventType) {
        var bodies = bodies().stream().filter(b -> eventTypes(b.id()).stream().anyMatch(t -> t.id().equals(eventType)))
                .map(Body::id).toList();
        if (bodies.size() == 1) {
            return bodies.get(0);
        }
        throw new RefusedEventException(bodies.isEmpty()
                ? "No body records '" + eventType + "'. Events: " + String.join(", ", bodies().stream()
                        .flatMap(b -> eventTypes(b.id()).stream().map(t -> t.id() + " (" + b.id() + ")")).toList()) + "."
                : "Several bodies record '" + eventType + "' (" + String.join(", ", bodies) + "): say which one.");
    }

    /** The usual English name of a state from its ISO 3166 alpha-2 code ("VN" gives "Viet Nam"). */
    public String stateName(String code) {
        return engine.stateName(code);
    }
}
