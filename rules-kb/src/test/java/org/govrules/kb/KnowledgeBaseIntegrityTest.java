package org.govrules.kb;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.govrules.review.EncodedRule;
import org.govrules.Provision;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The knowledge base is checkable against the instruments: every rule cites a real paragraph and quotes it exactly. */
class KnowledgeBaseIntegrityTest {

    private static final List<EncodedRule> RULES = TestRulebook.RULES.review().rules();

    /** The WG on AS paragraphs with normative effect, which issue 2 lists; each must have at least one rule. */
    private static final Set<String> NORMATIVE = Set.of("wg-as-tor:3", "wg-as-tor:3a", "wg-as-tor:3b", "wg-as-tor:3c",
            "wg-as-tor:3d", "wg-as-tor:3e", "wg-as-tor:4a", "wg-as-tor:4b", "wg-as-tor:4c", "wg-as-tor:4d",
            "wg-as-tor:4e", "wg-as-tor:4f", "wg-as-tor:5", "wg-as-tor:6", "wg-as-tor:7", "wg-as-tor:8", "wg-as-tor:9",
            "wg-as-tor:10", "wg-as-tor:11");

    @Test
    void every_rule_but_the_fallback_names_a_provision() {
        assertThat(RULES).isNotEmpty();
        assertThat(RULES)
                .filteredOn(r -> r.provision().isEmpty())
                .extracting(EncodedRule::name)
                .containsExactly("no provision speaks to this question");
    }

    @Test
    void every_cited_provision_exists_in_the_instruments() {
        var ids = TestRulebook.RULES.provisions().stream().map(Provision::id).collect(Collectors.toSet());
        assertThat(RULES).filteredOn(r -> !r.provision().isEmpty())
                .allSatisfy(r -> assertThat(ids).as(r.name()).contains(r.provision()));
    }

    @Test
    void every_rule_but_the_fallback_states_the_strength_of_its_source() {
        assertThat(RULES).filteredOn(r -> !r.provision().isEmpty())
                .allSatisfy(r -> assertThat(r.strength()).as(r.name()).isNotNull());
    }

    @Test
    void every_rule_name_starts_with_its_provision() {
        assertThat(RULES).filteredOn(r -> !r.provision().isEmpty())
                .allSatisfy(r -> assertThat(r.name()).startsWith(r.provision() + " "));
    }

    @Test
    void every_rule_quotes_its_provision_word_for_word() {
        assertThat(RULES).filteredOn(r -> !r.provision().isEmpty()).allSatisfy(r -> {
            assertThat(r.clause()).as("@clause of " + r.name()).isNotBlank();
            String text = TestRulebook.RULES.provision(r.provision()).orElseThrow().text();
            assertThat(squash(text)).as("@clause of " + r.name()).contains(squash(r.clause()));
        });
    }

    @Test
    void every_normative_paragraph_of_the_wg_as_terms_of_reference_has_a_rule() {
        var encoded = RULES.stream().map(EncodedRule::provision).collect(Collectors.toSet());
        assertThat(encoded).containsAll(NORMATIVE);
    }

    @Test
    void every_rule_of_an_instrument_part_lives_in_that_part_s_package() {
        assertThat(RULES).filteredOn(r -> r.provision().startsWith("wg-as-tor:"))
                .allSatisfy(r -> assertThat(r.pkg()).startsWith("org.govrules.kb.wgas."));
    }

    @Test
    void the_knowledge_base_keeps_exact_copies_of_the_shared_instruments() throws IOException {
        Path shared = Path.of("../../shared/instruments");
        Assumptions.assumeTrue(Files.isDirectory(shared), "the shared instruments are beside the repository");
        for (String name : List.of("wgas/wg-as-tor.md", "admm/admm-border-2019.md", "bali/bali-aheg1-2003.md",
                "bali/bali-aheg2-2003.md", "msg/msg-att-2017.md")) {
            Path copy = Path.of("src/main/resources/org/govrules/kb", name);
            assertThat(Files.readString(copy)).as(name).isEqualTo(Files.readString(shared.resolve(copy.getFileName())));
        }
    }

    private static String squash(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }
}
