package org.govrules.app;

import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.govrules.Provision;
import org.govrules.Rulebook;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code govrules provision ID}: prints the provision's text. */
@Command(name = "provision", mixinStandardHelpOptions = true, description = "Print the text of a provision, e.g. wg-as-tor:7.")
final class ProvisionCommand extends RulebookCommand implements Callable<Integer> {

    @Parameters(paramLabel = "ID", description = "A provision id, <instrument>:<section>.")
    String id;

    ProvisionCommand(Supplier<Rulebook> rulebook) {
        super(rulebook);
    }

    @Override
    public Integer call() {
        Provision provision = rulebook().provision(id.strip()).orElseThrow(() -> usage(
                "No provision '" + id + "'. Ids look like wg-as-tor:7 or wg-as-tor:4b; the"
                        + " instruments are: " + String.join(", ", rulebook().provisions().stream()
                        .map(Provision::instrument).distinct().toList()) + "."));
        out().println(provision.text());
        return 0;
    }
}
