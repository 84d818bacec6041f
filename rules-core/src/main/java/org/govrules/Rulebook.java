package org.govrules;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.govrules.internal.Engine;
import org.govrules.internal.Knowledge;
import org.govrules.review.Review;

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

    /**
     * Loads the knowledge base from the context class loader, answering as of the system clock.
     *
     * @return the rulebook, ready to answer
     * @throws KnowledgeBaseException if no knowledge base is on the classpath or it is inconsistent
     */
    public static Rulebook load() {
        return load(Thread.currentThread().getContextClassLoader(), Clock.systemUTC());
    }

    /**
     * Loads the knowledge base that {@code loader} sees.
     *
     * @param loader the class loader whose classpath holds the knowledge base (the {@code rules-kb} jar)
     * @param clock what "today" is; tests and replays pass a fixed clock
     * @return the rulebook, ready to answer
     * @throws KnowledgeBaseException if no knowledge base is on the classpath or it is inconsistent
     */
    public static Rulebook load(ClassLoader loader, Clock clock) {
        return new Rulebook(new Engine(Knowledge.load(loader), clock));
    }

    /**
     * Answers a question in plain English, for the body the question names, as of today.
     *
     * @param question the question as an official would write it
     * @return the answer; {@code NOT_ADDRESSED} if the question is not understood
     */
    public Answer ask(String question) {
        return ask(question, AskContext.defaults());
    }

    /**
     * Answers a question in plain English. A question that cannot be understood gets a {@code NOT_ADDRESSED} answer
     * that says what was not understood and shows example questions; it never throws for what the text says.
     *
     * @param question the question as an official would write it
     * @param context  the body and date to answer for, when the question does not say
     * @return the answer
     * @throws UnknownBodyException if the context names a body the knowledge base does not know
     */
    public Answer ask(String question, AskContext context) {
        return engine.ask(question, context);
    }

    /**
     * How a question is read, without answering it: the body, topic and act chosen, the facts taken from the
     * sentence, the date answered as of and why, and the topics that competed. {@code ask --explain} prints it.
     *
     * @param question the question as an official would write it
     * @param context  the body and date to answer for, when the question does not say
     * @return how the question is read
     * @throws UnknownBodyException if the context names a body the knowledge base does not hold
     */
    public Reading read(String question, AskContext context) {
        return engine.read(question, context);
    }

    /**
     * Answers a structured question, bypassing the parser. The question is checked first against what the body's rules
     * read ({@link #topics(String)}), so a misspelt topic or fact is refused rather than answered "not addressed".
     *
     * @param question the body, topic, kind, actor and facts
     * @return the answer
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
     * @param bodyId the body's id, e.g. {@code wg-as}
     * @return the topics, in the order the body declares them
     * @throws UnknownBodyException if there is no such body
     */
    public List<TopicSpec> topics(String bodyId) {
        return engine.topics(bodyId);
    }

    /**
     * The provision with that id, with its text.
     *
     * @param id an instrument id and paragraph, e.g. {@code wg-as-tor:7}
     * @return the provision, or empty if there is none with that id
     */
    public Optional<Provision> provision(String id) {
        return engine.provision(id);
    }

    /** {@return every provision of every instrument, grouped by instrument in the order of the text} */
    public List<Provision> provisions() {
        return engine.provisions();
    }

    /**
     * The version of the knowledge base: {@code kb-} and 12 hex digits of a digest of every file of every body
     * (instruments, rules, vocabulary, data). Two installations with the same version give the same answers; the
     * decision log keeps it beside each answer.
     *
     * @return the version, e.g. {@code kb-3f9a0c12d4e5}
     */
    public String version() {
        return engine.knowledge().version();
    }

    /** {@return the bodies the knowledge base knows, in the order of their ids} */
    public List<Body> bodies() {
        return engine.knowledge().bodyList();
    }

    /**
     * The body with that id.
     *
     * @param id the body's id, e.g. {@code wg-as}
     * @return the body
     * @throws UnknownBodyException if there is none
     */
    public Body body(String id) {
        return engine.body(id);
    }

    /**
     * Today in the body's time zone: the date questions are answered as of unless one is given.
     *
     * @param bodyId the body's id
     * @return today's date where the body sits
     * @throws UnknownBodyException if there is no such body
     */
    public LocalDate today(String bodyId) {
        return engine.today(bodyId);
    }

    /**
     * The knowledge base as a reviewer sees it: rules with their clauses, scenario tables, coverage per provision.
     * Only review and test tooling needs it.
     *
     * @return the review view of this rulebook
     */
    public Review review() {
        return engine.review();
    }

    /**
     * Example questions for a body, as the knowledge base's vocabulary gives them.
     *
     * @param bodyId the body's id
     * @return the examples, in the vocabulary's order
     */
    public List<String> examples(String bodyId) {
        return engine.parser().examples(bodyId);
    }

    /**
     * Checks an event before it is recorded: its keys, dates and member states (names become ISO codes), and that it
     * agrees with the body's ledger (a comment needs a transmitted record, a meeting must be scheduled first, ...).
     *
     * @param event  the event to record
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
     *
     * @param bodyId the body's id
     * @param ledger the body's events, in the order recorded
     * @param asOf   the date the deadlines are reckoned from (met, missed and open as of that day)
     * @return the deadlines, soonest first
     * @throws UnknownBodyException if there is no such body
     */
    public List<Deadline> deadlines(String bodyId, List<Event> ledger, LocalDate asOf) {
        return engine.deadlines(bodyId, ledger, asOf);
    }

    /**
     * The events a body's secretariat records, as its knowledge folder declares them, in the order declared.
     *
     * @param bodyId the body's id
     * @return the event types with their keys
     * @throws UnknownBodyException if there is no such body
     */
    public List<EventType> eventTypes(String bodyId) {
        return engine.eventTypes(bodyId);
    }

    /**
     * The body that records events of this type, for a record that names none: the one body whose folder declares it.
     *
     * @param eventType an event type id, e.g. {@code meeting-held}
     * @return the id of the one body that records it
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

    /**
     * The usual English name of a state from its ISO 3166 alpha-2 code ("VN" gives "Viet Nam").
     *
     * @param code an ISO 3166 alpha-2 code
     * @return the name, or the code itself if the knowledge base does not know it
     */
    public String stateName(String code) {
        return engine.stateName(code);
    }
}
