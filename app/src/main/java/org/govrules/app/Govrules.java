package org.govrules.app;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code ./govrules} command line. Usage errors exit with status 2 and a message on standard error;
 * a failure inside exits with status 1 and a one-line message (the stack trace only with {@code GOVRULES_DEBUG=1}).
 */
@Command(name = "govrules",
        mixinStandardHelpOptions = true,
        versionProvider = Govrules.Version.class,
        description = "Answers questions on the governance rules of intergovernmental working groups, citing the"
                + " provisions they rest on.",
        subcommands = {AskCommand.class, ProvisionCommand.class, CoverageCommand.class, RecordCommand.class,
                DeadlinesCommand.class, ChatCommand.class, ServeCommand.class, ReviewCommand.class, TestCommand.class, LogCommand.class})
public final class Govrules implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        // ical4j registers a time-zone provider that logs while it loads. Loaded first by Logback's own start-up
        // (its date format asks for the default zone), it logs during SLF4J's initialisation, and SLF4J prints a
        // three-line "replayed" warning on every command. Loading the zone rules before anything logs avoids that.
        if ("json".equalsIgnoreCase(System.getenv("GOVRULES_LOG_FORMAT"))) {
            System.setProperty("logback.configurationFile", "logback-json.xml");
        }
        java.time.ZoneId.systemDefault();
        var in = new java.io.BufferedReader(new java.io.InputStreamReader(System.in, java.nio.charset.StandardCharsets.UTF_8));
        System.exit(run(args, in, new PrintWriter(System.out, true), new PrintWriter(System.err, true), System.getenv()));
    }

    /** Runs the command line with no input, the given output streams and environment; returns the exit status. */
    public static int run(String[] args, PrintWriter out, PrintWriter err, java.util.Map<String, String> env) {
        return run(args, new java.io.BufferedReader(java.io.Reader.nullReader()), out, err, env);
    }

    /** Runs the command line with the given input (for {@code chat}), output streams and environment. */
    public static int run(String[] args, java.io.BufferedReader in, PrintWriter out, PrintWriter err,
            java.util.Map<String, String> env) {
        try (var store = new LazyStore(env)) {
            return run(args, out, err, new Factory(new LazyRulebook(), store, env, in));
        }
    }

    private static int run(String[] args, PrintWriter out, PrintWriter err, Factory factory) {
        CommandLine cli = new CommandLine(new Govrules(), factory);
        cli.setOut(out);
        cli.setErr(err);
        cli.registerConverter(java.time.LocalDate.class, new DateConverter());
        // record --help lists each body's events and keys: read from the knowledge base only when help is shown.
        cli.getSubcommands().get("record").getHelpSectionMap().put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_FOOTER,
                help -> RecordCommand.events(factory.rulebook().get()));
        // A usage error is one line and a pointer to the help, not the message buried above the whole usage text.
        cli.setParameterExceptionHandler((e, commandArgs) -> {
            var commandLine = e.getCommandLine();
            err.println("govrules: " + e.getMessage());
            err.println("Try: ./govrules " + (commandLine.getParent() == null ? "" : commandLine.getCommandName() + " ")
                    + "--help");
            return commandLine.getCommandSpec().exitCodeOnInvalidInput();
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof CommandLine.ParameterException pe) {
                throw pe;
            }
            err.println("govrules: " + e.getMessage());
            if ("1".equals(System.getenv("GOVRULES_DEBUG"))) {
                e.printStackTrace(err);
            }
            return 1;
        });
        return cli.execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code --version}: the program's and the knowledge base's, the one the decision log records. */
    record Version(LazyRulebook rulebook) implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String program = Govrules.class.getPackage().getImplementationVersion();
            return new String[] {"govrules " + (program == null ? "development build" : program),
                    "knowledge base " + rulebook.get().version()};
        }
    }

    /** Gives commands the shared, lazily loaded rulebook. */
    private record Factory(LazyRulebook rulebook, LazyStore store, java.util.Map<String, String> env,
            java.io.BufferedReader in) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> type) throws Exception {
            if (type == ProvisionCommand.class) {
                return type.cast(new ProvisionCommand(rulebook));
            }
            if (type == CoverageCommand.class) {
                return type.cast(new CoverageCommand(rulebook));
            }
            if (type == ReviewCommand.class) {
                return type.cast(new ReviewCommand(rulebook));
            }
            if (type == TestCommand.class) {
                return type.cast(new TestCommand(rulebook));
            }
            if (type == RecordCommand.class) {
                return type.cast(new RecordCommand(rulebook, store));
            }
            if (type == DeadlinesCommand.class) {
                return type.cast(new DeadlinesCommand(rulebook, store));
            }
            if (type == ChatCommand.class) {
                return type.cast(new ChatCommand(rulebook, store, env, in));
            }
            if (type == Version.class) {
                return type.cast(new Version(rulebook));
            }
            if (type == LogCommand.class) {
                return type.cast(new LogCommand(rulebook, store));
            }
            if (type == AskCommand.class) {
                return type.cast(new AskCommand(rulebook, store, env));
            }
            if (type == ServeCommand.class) {
                return type.cast(new ServeCommand(rulebook, store, env));
            }
            return CommandLine.defaultFactory().create(type);
        }
    }
}
