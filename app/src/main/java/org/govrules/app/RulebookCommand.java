package org.govrules.app;

import java.io.PrintWriter;
import java.util.function.Supplier;
import org.govrules.Rulebook;
import picocli.CommandLine;

/** What every command that consults the rules has: its place in the command line, and the shared, lazy rulebook. */
abstract class RulebookCommand {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final Supplier<Rulebook> rulebook;

    RulebookCommand(Supplier<Rulebook> rulebook) {
        this.rulebook = rulebook;
    }

    Rulebook rulebook() {
        return rulebook.get();
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    /** The decision log's settings from the environment, switched on: for {@code --log}; a bad value is a usage error. */
    org.govrules.assistant.DecisionLogging loggingAsked(java.util.Map<String, String> env) {
        try {
            return org.govrules.assistant.DecisionLogging.from(env).asked();
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
    }

    /** A usage error: exit status 2, the message on standard error. */
    CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
