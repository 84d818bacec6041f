package org.govrules;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A question put to the rules, in structured form. Build one directly to ask without the plain-English parser, or
 * let {@link Rulebook#ask(String, AskContext)} parse it from text.
 *
 * @param text   the question as asked (for a structured question, a short description)
 * @param body   the id of the body whose rules answer it, e.g. {@code wg-as}
 * @param topic  what is asked, as a topic id of the knowledge base (e.g. {@code attend-meeting}); {@code null} when the
 *               question could not be understood
 * @param kind   permission or information
 * @param actor  who the question is chiefly about ("Can <b>INTERPOL</b> attend?"), or {@code null}
 * @param object a second party the question names ("Can the Chair invite <b>INTERPOL</b>?"), or {@code null}
 * @param facts  the facts stated in the question
 * @param asOf   the date the question is answered as of, in the body's time zone
 */
public record Question(
        String text,
        String body,
        String topic,
        QuestionKind kind,
        Party actor,
        Party object,
        List<Stated> facts,
        LocalDate asOf) {

    /**
     * Checks the parts and copies the lists, so the value stays immutable.
     *
     * @param text   the question as asked (for a structured question, a short description)
     * @param body   the id of the body whose rules answer it
     * @param topic  what is asked, as a topic id of the knowledge base (e.g. {@code attend-meeting})
     * @param kind   permission or information
     * @param actor  who the question is chiefly about ("Can <b>INTERPOL</b> attend?")
     * @param object a second party the question names ("Can the Chair invite <b>INTERPOL</b>?")
     * @param facts  the facts stated in the question
     * @param asOf   the date the question is answered as of, in the body's time zone
     */
    public Question {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(asOf, "asOf");
        facts = List.copyOf(facts);
    }

    /**
     * A structured question with no actor and no stated facts.
     *
     * @param body  the body's id, e.g. {@code wg-as}
     * @param topic one of the body's topics ({@link Rulebook#topics(String)})
     * @param kind  what is asked
     * @param asOf  the date to answer as of
     * @return the question, to be given an actor and facts with {@link #withActor} and {@link #withFact}
     */
    public static Question of(String body, String topic, QuestionKind kind, LocalDate asOf) {
        return new Question(topic, body, topic, kind, null, null, List.of(), asOf);
    }

    /**
     * This question with an actor: the state, organisation or role it asks about.
     *
     * @param party the actor
     * @return a new question; this one is unchanged
     */
    public Question withActor(Party party) {
        return new Question(text, body, topic, kind, party, object, facts, asOf);
    }

    /**
     * This question with one more stated fact.
     *
     * @param name  a fact the topic reads ({@link TopicSpec})
     * @param value its value: text, a number, a yes/no or a {@link LocalDate}
     * @return a new question; this one is unchanged
     */
    public Question withFact(String name, Object value) {
        var more = new java.util.ArrayList<>(facts);
        more.add(Stated.of(name, value));
        return new Question(text, body, topic, kind, actor, object, more, asOf);
    }

    /**
     * The first stated fact of that name.
     *
     * @param name the fact's name
     * @return the fact, or empty if none was stated
     */
    public Optional<Stated> fact(String name) {
        return facts.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    /**
     * Whether the question names a party as actor or object.
     *
     * @param partyId a state code, organisation or role id
     * @return true if the actor or the object is that party
     */
    public boolean names(String partyId) {
        return (actor != null && actor.id().equals(partyId)) || (object != null && object.id().equals(partyId));
    }

    /** {@return the actor's id, or an empty string when the question names no one} */
    public String actorId() {
        return actor == null ? "" : actor.id();
    }

    /** {@return the actor's name as answers write it, or "they" when the question names no one} */
    public String actorName() {
        return actor == null ? "they" : actor.name();
    }

    /**
     * Whether the actor is of a kind.
     *
     * @param partyKind the kind
     * @return true if the actor is of that kind; false when there is no actor
     */
    public boolean actorIs(Party.Kind partyKind) {
        return actor != null && actor.kind() == partyKind;
    }

    /** {@return true for a permission question} */
    public boolean isPermission() {
        return kind == QuestionKind.PERMISSION;
    }

    /** {@return true when the parser recognised what is asked} */
    public boolean isUnderstood() {
        return topic != null;
    }
}
