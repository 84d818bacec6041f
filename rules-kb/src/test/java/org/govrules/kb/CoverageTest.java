package org.govrules.kb;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.govrules.review.ProvisionCoverage;
import org.junit.jupiter.api.Test;

/** Every provision of every instrument is encoded or has a stated reason not to be, and encoded ones are tested. */
class CoverageTest {

    private static final Pattern NORMATIVE = Pattern.compile(
            "\\b(shall|must|may|only|unless|subject to|subjected to|beyond the scope)\\b", Pattern.CASE_INSENSITIVE);
    private static final List<ProvisionCoverage> COVERAGE = TestRulebook.RULES.review().coverage();

    @Test
    void every_provision_with_normative_words_has_a_rule_or_a_reason() {
        assertThat(COVERAGE)
                .filteredOn(c -> NORMATIVE.matcher(c.provision().text()).find())
                .allSatisfy(c -> assertThat(c.isAccountedFor()).as(c.provision().id()).isTrue());
    }

    @Test
    void every_provision_has_a_rule_or_a_reason() {
        assertThat(COVERAGE).allSatisfy(c -> assertThat(c.isAccountedFor()).as(c.provision().id()).isTrue());
    }

    @Test
    void no_provision_has_both_rules_and_a_reason_to_have_none() {
        assertThat(COVERAGE).allSatisfy(c -> assertThat(c.rules().isEmpty() || c.reason().isBlank())
                .as(c.provision().id()).isTrue());
    }

    @Test
    void every_encoded_provision_is_exercised_by_a_scenario() {
        assertThat(COVERAGE).filteredOn(c -> !c.rules().isEmpty())
                .allSatisfy(c -> assertThat(c.scenarios()).as(c.provision().id() + " " + c.rules()).isNotEmpty());
    }

    @Test
    void every_instrument_is_covered() {
        assertThat(COVERAGE).extracting(c -> c.provision().instrument()).contains(
                "wg-as-tor", "admm-border-2019", "bali-aheg1-2003", "bali-aheg2-2003", "msg-att-2017");
    }
}
