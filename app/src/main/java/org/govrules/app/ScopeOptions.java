package org.govrules.app;

import java.time.LocalDate;
import picocli.CommandLine.Option;

/** The options that say what a command looks at: which body, as of which date, and whether to print JSON. */
final class ScopeOptions {

    @Option(names = "--body", paramLabel = "ID", description = "The body, e.g. wg-as (ask: default the one the question names; deadlines: every body).")
    String body;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "As of this date (default: today).")
    LocalDate asOf;

    @Option(names = "--json", description = "Print JSON, as the README's \"The two commands\" describes.")
    boolean json;
}
