package org.govrules.app;

import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.govrules.Provision;
import org.govrules.Rulebook;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code govrules provision ID}: prints the provision's text. */
@Command(name = "provision", description = "Print the text of a provision, e.g. wg-as-tor:7.")
final class ProvisionCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "ID", description = "A provision id, <instrument>:<section>.")
    String id;

    private final Supplier<Rulebook> rulebook;

    ProvisionCommand(Supplier<Rulebook> rulebook) {
        this.rulebook = rulebook;
    }

    @Override
    public Integer call() {
        Provision provision = rulebook.get().provision(id.strip()).orElseThrow(() -> new CommandLine.ParameterException(
                spec.commandLine(), "No provision '" + id + "'. Ids look like wg-as-tor:7 or wg-as-tor:4b; the"
                        + " instruments are: " + String.join(", ", rulebook.get().provisions().stream()
                        .map(Provision::instrument).distinct().toList()) + "."));
        spec.commandLine().getOut().println(provision.text());
        return 0;
    }
}
