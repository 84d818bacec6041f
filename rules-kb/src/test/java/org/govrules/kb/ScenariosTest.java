package org.govrules.kb;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.govrules.review.Scenario;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every row of the knowledge base's scenario tables (each body folder's {@code scenarios.md}): the phrasing set, with
 * the verdict, provision and words each answer must have.
 */
class ScenariosTest {

    private static final List<Scenario> ROWS = TestRulebook.RULES.review().scenarios();

    @TestFactory
    Stream<DynamicTest> each_question_gets_the_expected_verdict_and_citation() {
        return ROWS.stream().map(row -> DynamicTest.dynamicTest(row.toString(), () -> check(row)));
    }

    static void check(Scenario row) {
        assertThat(TestRulebook.RULES.review().run(row)).as(row.toString()).isEmpty();
    }

    @Test
    void the_phrasing_set_has_at_least_300_questions_covering_every_body() {
        assertThat(ROWS).hasSizeGreaterThanOrEqualTo(300);
        assertThat(ROWS).extracting(r -> r.source().substring(0, r.source().indexOf(':')))
                .contains("wgas/scenarios.md", "admm/scenarios.md", "bali/scenarios.md", "msg/scenarios.md");
    }
}
