package org.govrules.app;

import java.time.LocalDate;
import picocli.CommandLine.Option;

/** The options that say what a command looks at: which body, as of which date, and whether to print JSON. */
final class ScopeOptions {

    /** Each command says what it does without one, in its resource bundle (key {@code body}). */
    @Option(names = "--body", paramLabel = "ID", descriptionKey = "body", description = "The body, e.g. wg-as.")
    String body;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "As of this date (default: today).")
    LocalDate asOf;

    @Option(names = "--json", description = "Print JSON (its fields are listed in the README).")
    boolean json;
}
