package org.govrules.kb;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.govrules.AskContext;
import org.govrules.Body;
import org.govrules.Event;
import org.govrules.Provision;
import org.govrules.Rulebook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Each body has a rule base of its own: nothing of one body appears for another, and the engine names none. */
class BodiesApartTest {

    private static final Rulebook RULES = TestRulebook.RULES;
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);

    @ParameterizedTest
    @ValueSource(strings = {"admm-border", "bali-process", "msg-npc-network"})
    void no_deadline_of_the_wg_on_as_appears_for_another_body_on_an_empty_or_a_full_ledger(String body) {
        assertThat(RULES.deadlines(body, List.of(), AS_OF)).isEmpty();
        var full = new ArrayList<Event>();
        full.add(new Event(body, "meeting-scheduled", LocalDate.of(2026, 2, 1), Map.of("meeting", "M1", "date",
                "2026-03-01")));
        full.add(new Event(body, "meeting-held", LocalDate.of(2026, 3, 1), Map.of("meeting", "M1")));
        full.add(new Event(body, "summary-record-transmitted", LocalDate.of(2026, 3, 2), Map.of("meeting", "M1")));
        assertThat(RULES.deadlines(body, full, AS_OF)).isEmpty();
        assertThat(RULES.eventTypes(body)).isEmpty();
    }

    @Test
    void the_wg_on_as_still_has_its_annual_meeting_deadline() {
        assertThat(RULES.deadlines("wg-as", List.of(), AS_OF)).extracting(d -> d.provision()).contains("wg-as-tor:5");
    }

    @Test
    void every_answer_for_a_body_cites_only_its_own_instruments() {
        for (var row : RULES.review().scenarios()) {
            for (Body body : RULES.bodies()) {
                var answer = RULES.ask(row.question(), new AskContext(java.util.Optional.of(body.id()), row.asOf()));
                assertThat(answer.provisions()).as(body.id() + ": " + row)
                        .extracting(Provision::id)
                        .allMatch(id -> body.instruments().contains(id.substring(0, id.indexOf(':'))));
            }
        }
    }

    @Test
    void the_engine_names_no_body_topic_event_type_or_role_of_the_knowledge_base() throws IOException {
        var names = new TreeSet<String>();
        for (Body body : RULES.bodies()) {
            names.add(body.id());
            names.addAll(body.instruments());
            RULES.eventTypes(body.id()).forEach(t -> names.add(t.id()));
            body.roles().forEach(r -> names.add(r.role()));
        }
        names.addAll(List.of("attend-meeting", "resource-panel", "summary-record-comments", "voluntary-lead-shepherd",
                "asean", "ams"));
        // Also the engine's own words for a position a question states (read by Support), not the events' names.
        names.removeAll(List.of("agreement", "objection"));
        var offenders = new ArrayList<String>();
        try (Stream<Path> sources = Files.walk(Path.of("../rules-core/src/main/java"))) {
            for (Path file : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                String code = Files.readString(file).toLowerCase(java.util.Locale.ROOT);
                names.stream().filter(n -> code.contains("\"" + n) || code.contains(n + "\"")
                        || code.matches("(?s).*\\b" + java.util.regex.Pattern.quote(n) + "\\|.*"))
                        .forEach(n -> offenders.add(file.getFileName() + ": " + n));
            }
        }
        assertThat(offenders).isEmpty();
    }
}
