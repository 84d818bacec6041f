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

    public Question {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(asOf, "asOf");
        facts = List.copyOf(facts);
    }

    /** A structured question with no actor and no stated facts. */
    public static Question of(String body, String topic, QuestionKind kind, LocalDate asOf) {
        return new Question(topic, body, topic, kind, null, null, List.of(), asOf);
    }

    public Question withActor(Party party) {
        return new Question(text, body, topic, kind, party, object, facts, asOf);
    }

    public Question withFact(String name, Object value) {
        var more = new java.util.ArrayList<>(facts);
        more.add(Stated.of(name, value));
        return new Question(text, body, topic, kind, actor, object, more, asOf);
    }

    /** The first stated fact of that name. */
    public Optional<Stated> fact(String name) {
        return facts.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    /** True if the question names that party (a state code, organisation or role id) as actor or object. */
    public boolean names(String partyId) {
        return (actor != null && actor.id().equals(partyId)) || (object != null && object.id().equals(partyId));
    }

    /** The actor's id, or an empty string when the question names no one. */
    public String actorId() {
        return actor == null ? "" : actor.id();
    }

    /** The actor's name as answers write it, or "they" when the question names no one. */
    public String actorName() {
        return actor == null ? "they" : actor.name();
    }

    /** True if the actor is of that kind; false when there is no actor. */
    public boolean actorIs(Party.Kind partyKind) {
        return actor != null && actor.kind() == partyKind;
    }

    /** True for a permission question. */
    public boolean isPermission() {
        return kind == QuestionKind.PERMISSION;
    }

    /** True when the parser recognised what is asked. */
    public boolean isUnderstood() {
        return topic != null;
    }
}
