package org.govrules.kb;

import static org.assertj.core.api.Assertions.assertThat;

import org.govrules.internal.Knowledge;
import org.govrules.internal.NameCheck;
import org.junit.jupiter.api.Test;

/** Every name a rule uses is declared in its folder, and every name declared is used: checked, not trusted. */
class NameCheckTest {

    private static final ClassLoader LOADER = NameCheckTest.class.getClassLoader();

    @Test
    void the_knowledge_base_declares_every_name_its_rules_use_and_uses_every_name_it_declares() {
        assertThat(NameCheck.problems(Knowledge.load(LOADER))).isEmpty();
    }

    @Test
    void the_fixture_body_passes_too() {
        var knowledge = Knowledge.load(LOADER, FolderRules.withTestFolders("harbour"));
        assertThat(NameCheck.problems(knowledge)).isEmpty();
    }

    @Test
    void a_broken_folder_is_reported_name_by_name() {
        var knowledge = Knowledge.load(LOADER, FolderRules.withTestFolders("broken"));
        var dir = "org/govrules/kb/broken/";
        assertThat(NameCheck.problems(knowledge)).containsExactlyInAnyOrder(
                dir + "vocabulary.yaml: topic 'when-meets' is used by a rule but not declared",
                dir + "vocabulary.yaml: topic 'nobody-answers-this' is declared but used by no rule",
                dir + "vocabulary.yaml: topic 'uses-unknown-fact' is declared but used by no rule",
                dir + "vocabulary.yaml: topic 'when-meet' is declared but used by no rule",
                dir + "vocabulary.yaml: fact 'called-by-whom' is used by a rule but not declared",
                dir + "vocabulary.yaml: fact 'called-by' is stated by questions but read by no rule",
                dir + "vocabulary.yaml: topic 'uses-unknown-fact' uses fact:mood, which no vocabulary declares",
                dir + "events.yaml: event type 'never-read' is declared but used by no rule",
                dir + "events.yaml: event key 'room' is used by a rule but not declared",
                dir + "events.yaml: never-read requires 'not-declared', which is not declared",
                dir + "body.yaml: role 'broken-chair' is used by a rule but not declared",
                "org/govrules/kb/broken: rule 'broken-tor:1 a rule that only logs' inserts nothing, so its firing would go unrecorded",
                "org/govrules/kb/broken: rule 'broken-tor:1 a rule for every question' reads the question but names no topic and no"
                        + " fact its part declares",
                dir + "scenarios.md:3: cites wg-as-tor:5, which is not a provision of broken-panel",
                dir + "scenarios.md:4: 'MAYBE' is neither a verdict nor info");
    }
}
