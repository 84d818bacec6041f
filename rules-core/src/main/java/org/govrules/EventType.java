package org.govrules;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The events a secretariat records (SPEC §4), with the keys each needs. Keys that name a member state take a code or
 * a usual name ({@code VN}, {@code Viet Nam}); keys that hold a date take {@code YYYY-MM-DD}.
 */
public enum EventType {
    MEETING_SCHEDULED("meeting-scheduled", List.of("meeting", "date"), List.of("host", "chair")),
    MEETING_HELD("meeting-held", List.of("meeting"), List.of()),
    SUMMARY_RECORD_TRANSMITTED("summary-record-transmitted", List.of("meeting"), List.of()),
    COMMENT_RECEIVED("comment-received", List.of("meeting", "from"), List.of()),
    RESOURCE_PANEL_REQUEST("resource-panel-request", List.of("org", "meeting", "in-writing"), List.of()),
    AGREEMENT("agreement", List.of("subject", "state"), List.of()),
    OBJECTION("objection", List.of("subject", "state"), List.of()),
    DIALOGUE_PARTNER_FUNDING("dialogue-partner-funding", List.of("meeting", "partner"), List.of()),
    POC_NOMINATED("poc-nominated", List.of("state", "name"), List.of()),
    AMENDMENT_PROPOSED("amendment-proposed", List.of("amendment"), List.of("text"));

    /** Keys whose values are member states (a code or a usual name, stored as the code). */
    public static final Set<String> STATE_KEYS = Set.of("host", "chair", "from", "state");
    /** Keys whose values are dates ({@code YYYY-MM-DD}). */
    public static final Set<String> DATE_KEYS = Set.of("date");

    private final String id;
    private final List<String> required;
    private final List<String> optional;

    EventType(String id, List<String> required, List<String> optional) {
        this.id = id;
        this.required = required;
        this.optional = optional;
    }

    /** The name used on the command line and in the store, e.g. {@code comment-received}. */
    public String id() {
        return id;
    }

    public List<String> required() {
        return required;
    }

    public List<String> optional() {
        return optional;
    }

    public static Optional<EventType> of(String id) {
        return Arrays.stream(values()).filter(t -> t.id.equals(id)).findFirst();
    }

    /** "meeting-scheduled meeting= date= [host=] [chair=]" for help texts. */
    public String usage() {
        var words = new StringBuilder(id);
        required.forEach(k -> words.append(' ').append(k).append('='));
        optional.forEach(k -> words.append(" [").append(k).append("=]"));
        return words.toString();
    }
}
