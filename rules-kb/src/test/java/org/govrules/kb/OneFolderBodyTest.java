package org.govrules.kb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.govrules.Answer;
import org.govrules.AskContext;
import org.govrules.Deadline;
import org.govrules.DeadlineStatus;
import org.govrules.Event;
import org.govrules.Provision;
import org.govrules.RefusedEventException;
import org.govrules.Rulebook;
import org.govrules.internal.Engine;
import org.govrules.internal.Knowledge;
import org.junit.jupiter.api.Test;

/**
 * A body added as one folder (the Harbour Panel, invented, in test resources): its own data, instrument, vocabulary,
 * events, scenarios and rules; no Java and no registry edit. It is asked, records its events and gets its deadlines.
 */
class OneFolderBodyTest {

    private static final Engine ENGINE = new Engine(Knowledge.load(OneFolderBodyTest.class.getClassLoader(),
            FolderRules.withTestFolders("harbour")), TestRulebook.CLOCK);

    @Test
    void the_folder_s_body_is_known_beside_the_others() {
        assertThat(ENGINE.knowledge().bodies()).containsKeys("harbour-panel", "wg-as", "admm-border");
        assertThat(ENGINE.provision("harbour-tor:3")).map(Provision::text).hasValueSatisfying(t ->
                assertThat(t).contains("ten days"));
    }

    @Test
    void adding_the_folder_changes_the_knowledge_base_version_and_loading_again_does_not() {
        String withHarbour = ENGINE.knowledge().version();
        assertThat(withHarbour).matches("kb-[0-9a-f]{12}");
        assertThat(Knowledge.load(OneFolderBodyTest.class.getClassLoader(), FolderRules.withTestFolders("harbour"))
                .version()).isEqualTo(withHarbour);
        assertThat(TestRulebook.RULES.version()).matches("kb-[0-9a-f]{12}").isNotEqualTo(withHarbour);
    }

    @Test
    void its_questions_are_answered_from_its_own_rules_and_data() {
        Answer often = ENGINE.ask("How often does the Harbour Panel meet?", AskContext.defaults());
        assertThat(often.text()).contains("twice");
        assertThat(often.provisions()).extracting(Provision::id).containsExactly("harbour-tor:1");
        Answer chair = ENGINE.ask("Who chairs the harbour panel?", AskContext.defaults().asOf(LocalDate.of(2026, 2, 1)));
        assertThat(chair.text()).contains("Fiji");
    }

    @Test
    void its_scenario_table_passes() {
        var rows = ENGINE.knowledge().scenarios().stream().filter(r -> r.source().startsWith("harbour/")).toList();
        assertThat(rows).hasSize(2);
        rows.forEach(row -> {
            Answer a = ENGINE.ask(row.question(), new AskContext(java.util.Optional.empty(), row.asOf()));
            assertThat(a.provisions()).as(row.toString()).extracting(Provision::id).contains(row.provision());
            assertThat(a.text()).as(row.toString()).containsIgnoringCase(row.mentions());
        });
    }

    @Test
    void its_events_are_checked_by_its_own_events_file_and_give_its_deadlines() {
        var circulated = ENGINE.check(new Event("harbour-panel", "proposal-circulated", LocalDate.of(2026, 11, 1),
                Map.of("proposal", "P1")), List.of());
        assertThatThrownBy(() -> ENGINE.check(new Event("harbour-panel", "objection-lodged", LocalDate.of(2026, 11, 2),
                Map.of("proposal", "P1", "by", "Japan")), List.of(circulated))).isInstanceOf(RefusedEventException.class)
                .hasMessageContaining("JP is not a member of Harbour Panel");
        assertThatThrownBy(() -> ENGINE.check(new Event("harbour-panel", "meeting-held", LocalDate.of(2026, 11, 2),
                Map.of("meeting", "M1")), List.of())).hasMessageContaining("Unknown event 'meeting-held' for harbour-panel");

        List<Deadline> open = ENGINE.deadlines("harbour-panel", List.of(circulated), LocalDate.of(2026, 11, 5));
        assertThat(open).singleElement().satisfies(d -> {
            assertThat(d.due()).isEqualTo(LocalDate.of(2026, 11, 11));
            assertThat(d.status()).isEqualTo(DeadlineStatus.OPEN);
            assertThat(d.provision()).isEqualTo("harbour-tor:3");
        });
        var objected = ENGINE.check(new Event("harbour-panel", "objection-lodged", LocalDate.of(2026, 11, 3),
                Map.of("proposal", "P1", "by", "Fiji")), List.of(circulated));
        assertThat(objected.get("by")).isEqualTo("FJ");
        assertThat(ENGINE.deadlines("harbour-panel", List.of(circulated, objected), LocalDate.of(2026, 11, 5))).isEmpty();
    }

    @Test
    void no_deadline_or_answer_of_another_body_appears_for_it_nor_its_for_them() {
        assertThat(ENGINE.deadlines("harbour-panel", List.of(), LocalDate.of(2026, 11, 5))).isEmpty();
        Answer wgAs = ENGINE.ask("How often does the WG on AS meet?", AskContext.defaults());
        assertThat(wgAs.provisions()).extracting(Provision::id).allMatch(id -> id.startsWith("wg-as-tor:"));
        assertThat(Rulebook.load(OneFolderBodyTest.class.getClassLoader(), TestRulebook.CLOCK).bodies())
                .noneMatch(b -> b.id().equals("harbour-panel"));
    }
}
