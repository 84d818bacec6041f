package org.govrules.review;

import java.util.List;
import org.govrules.Provision;

/**
 * How one provision is covered: the rules that encode it, the scenario rows whose answers fire those rules, and, for
 * a provision deliberately left without rules (background, narrative), the reason.
 *
 * @param provision the provision
 * @param rules     names of the rules with this {@code @provision}
 * @param scenarios sources of the scenario rows that fire at least one of those rules ({@code wg-as.md:12})
 * @param reason    why the provision has no rule, or empty if it has rules
 */
public record ProvisionCoverage(Provision provision, List<String> rules, List<String> scenarios, String reason) {

    /**
     * Copies the collections, so the value stays immutable.
     *
     * @param provision the provision
     * @param rules     names of the rules with this {@code @provision}
     * @param scenarios sources of the scenario rows that fire at least one of those rules ({@code wg-as.md:12})
     * @param reason    why the provision has no rule
     */
    public ProvisionCoverage {
        rules = List.copyOf(rules);
        scenarios = List.copyOf(scenarios);
    }

    /** {@return true if encoded by at least one rule, or deliberately left without one for a stated reason} */
    public boolean isAccountedFor() {
        return !rules.isEmpty() || !reason.isBlank();
    }
}
