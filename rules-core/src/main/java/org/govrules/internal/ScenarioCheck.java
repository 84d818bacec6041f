package org.govrules.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.govrules.Answer;
import org.govrules.Provision;
import org.govrules.QuestionKind;
import org.govrules.review.Scenario;
import org.govrules.Verdict;

/** Compares an answer with what a scenario row expects; each difference in words a reviewer understands. */
final class ScenarioCheck {

    private ScenarioCheck() {}

    /**
     * @param instruments the ids of the instruments held: an answer from an instrument's record of its adoption (no
     *                    paragraph gives it) names its instrument instead of citing a provision
     */
    static List<String> failures(Scenario row, Answer answer, List<String> instruments) {
        var why = new ArrayList<String>();
        if (row.isInformation()) {
            if (answer.kind() != QuestionKind.INFORMATION || answer.verdict() != null) {
                why.add("expected an information answer, got " + answer.verdict());
            }
        } else if (!row.verdict().equals(String.valueOf(answer.verdict()))) {
            why.add("expected " + row.verdict() + ", got " + answer.verdict());
        }
        var cited = answer.provisions().stream().map(Provision::id).toList();
        if (!row.provision().isEmpty() && !cited.contains(row.provision())) {
            why.add("expected a citation of " + row.provision() + ", got " + (cited.isEmpty() ? "none" : cited));
        }
        if (!row.mentions().isEmpty() && !answer.text().toLowerCase(Locale.ROOT)
                .contains(row.mentions().toLowerCase(Locale.ROOT))) {
            why.add("the answer does not mention '" + row.mentions() + "'");
        }
        if ((answer.verdict() == Verdict.FORBIDDEN || answer.verdict() == Verdict.CONDITIONAL)
                && answer.conditions().isEmpty()) {
            why.add("a " + answer.verdict() + " answer lists no condition");
        }
        boolean fromRecord = answer.verdict() == null && row.provision().isEmpty()
                && instruments.stream().anyMatch(id -> answer.text().contains("(" + id + ")"));
        if (answer.verdict() != Verdict.NOT_ADDRESSED && answer.provisions().isEmpty() && !fromRecord) {
            why.add("the answer cites no provision");
        }
        return why;
    }
}
