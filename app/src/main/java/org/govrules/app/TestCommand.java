package org.govrules.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.govrules.KnowledgeBaseException;
import org.govrules.Rulebook;
import org.govrules.review.Review;
import org.govrules.review.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code govrules test [FILE ...]}: runs scenario tables (the bodies' own when no file is given), printing each row
 * that fails and why, then the count. Exit 0 if every row passes, 1 if one fails, 2 if a file cannot be read.
 */
@Command(name = "test", mixinStandardHelpOptions = true,
        description = {"Run scenario tables: Markdown tables with the columns question | as of | verdict | provision |"
                + " answer mentions, as in each body's scenarios.md. Without FILE, runs every body's own tables.",
                "Exit status: 0 all rows pass, 1 a row fails, 2 a file cannot be read."})
final class TestCommand extends RulebookCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "Scenario tables to run.")
    List<Path> files = List.of();

    TestCommand(Supplier<Rulebook> rulebook) {
        super(rulebook);
    }

    @Override
    public Integer call() {
        var rows = new ArrayList<Scenario>();
        if (files.isEmpty()) {
            rows.addAll(rulebook().review().scenarios());
        }
        for (Path file : files) {
            try {
                rows.addAll(Review.readScenarios(Files.readString(file, StandardCharsets.UTF_8), file.toString()));
            } catch (IOException e) {
                throw usage("Cannot read " + file + ": " + e.getMessage());
            } catch (KnowledgeBaseException e) {
                throw usage(e.getMessage());
            }
        }
        if (rows.isEmpty()) {
            throw usage("No scenario rows in " + files + ": a table needs a header row, a |---| row and rows of 5 cells.");
        }
        int failed = 0;
        for (Scenario row : rows) {
            var why = rulebook().review().run(row);
            if (!why.isEmpty()) {
                failed++;
                out().println("FAIL " + row.source() + ": " + row.question());
                why.forEach(w -> out().println("     " + w));
            }
        }
        out().printf("%d of %d rows passed%s.%n", rows.size() - failed, rows.size(),
                failed == 0 ? "" : "; " + failed + " failed");
        out().flush();
        return failed == 0 ? 0 : 1;
    }
}
