package org.govrules.review;

import java.util.List;
import java.util.Optional;
import org.govrules.KnowledgeBaseException;

/**
 * The knowledge base as a reviewer checks it against the instruments: every rule with the clause it quotes, the DRL
 * as written, the scenario tables, and, per provision, what encodes and tests it. {@code ./govrules review},
 * {@code coverage} and {@code test} are built on it; an application that only answers questions never needs it.
 * Obtain one from {@link org.govrules.Rulebook#review()}.
 */
public interface Review {

    /** {@return every rule of the knowledge base with the provision it encodes and the clause it quotes} */
    List<EncodedRule> rules();

    /**
     * The DRL of the rule with that name, as its folder writes it.
     *
     * @param name a rule name from {@link #rules()}
     * @return the rule's text, or empty if no rule has that name
     */
    Optional<String> ruleText(String name);

    /** {@return the knowledge base's own scenario tables, row by row: the questions its answers are checked against} */
    List<Scenario> scenarios();

    /**
     * Asks a scenario row's question and compares the answer with what the row expects.
     *
     * @param row a row of {@link #scenarios()} or of {@link #readScenarios(String, String)}
     * @return what the answer lacks, in words (wrong verdict, missing citation, missing words); empty if it passes
     */
    List<String> run(Scenario row);

    /**
     * For every provision of every instrument, the rules that encode it, the scenario rows that exercise those rules,
     * or the reason it has no rule. Runs every scenario row, so it takes a moment (tens of milliseconds).
     *
     * @return one entry per provision, in the instruments' order
     */
    List<ProvisionCoverage> coverage();

    /**
     * Reads a scenario table in the knowledge base's Markdown format (question | as of | verdict | provision | answer
     * mentions), e.g. one a reviewer wrote.
     *
     * @param markdown the table
     * @param source   a name for the table, used in each row's {@link Scenario#source()}
     * @return the rows, in order
     * @throws KnowledgeBaseException if a row does not have five cells or a date is not YYYY-MM-DD
     */
    static List<Scenario> readScenarios(String markdown, String source) {
        return org.govrules.internal.Engine.readScenarios(markdown, source);
    }
}
