package org.govrules.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.govrules.review.ProvisionCoverage;
import org.govrules.Rulebook;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code govrules coverage}: every provision of every instrument with the rules that encode it and the scenario rows
 * that exercise those rules, or the reason it has no rule. Exits 1 if a provision is neither encoded nor explained.
 */
@Command(name = "coverage", mixinStandardHelpOptions = true, description = "Every provision: the rules and tests that cover it, or why it has no rule.")
final class CoverageCommand extends RulebookCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Option(names = "--json", description = "Print a JSON array, one object per provision.")
    boolean json;

    CoverageCommand(Supplier<Rulebook> rulebook) {
        super(rulebook);
    }

    @Override
    public Integer call() throws JsonProcessingException {
        List<ProvisionCoverage> coverage = rulebook().review().coverage();
        var out = out();
        if (json) {
            var rows = new ArrayList<Map<String, Object>>();
            for (var c : coverage) {
                var row = new LinkedHashMap<String, Object>();
                row.put("provision", c.provision().id());
                row.put("rules", c.rules());
                row.put("tests", c.scenarios());
                row.put("reason", c.reason().isEmpty() ? null : c.reason());
                rows.add(row);
            }
            out.println(JSON.writeValueAsString(rows));
        } else {
            // The first column as wide as the longest provision id, so the second lines up.
            String row = "%-" + coverage.stream().mapToInt(c -> c.provision().id().length()).max().orElse(0) + "s  %s%n";
            for (var c : coverage) {
                out.printf(row, c.provision().id(), c.rules().isEmpty()
                        ? (c.reason().isEmpty() ? "NOT COVERED" : "no rule: " + c.reason())
                        : c.rules().size() + " rule(s), " + c.scenarios().size() + " scenario(s): "
                                + String.join(", ", c.scenarios().stream().limit(3).toList())
                                + (c.scenarios().size() > 3 ? ", ..." : ""));
            }
            long encoded = coverage.stream().filter(c -> !c.rules().isEmpty()).count();
            long explained = coverage.stream().filter(c -> c.rules().isEmpty() && !c.reason().isEmpty()).count();
            out.printf("%n%d provisions: %d encoded, %d without rules for a stated reason, %d not covered.%n",
                    coverage.size(), encoded, explained, coverage.size() - encoded - explained);
        }
        out.flush();
        return coverage.stream().allMatch(ProvisionCoverage::isAccountedFor) ? 0 : 1;
    }
}
