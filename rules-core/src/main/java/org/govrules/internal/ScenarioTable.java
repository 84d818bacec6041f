package org.govrules.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.govrules.review.Scenario;

/**
 * Reads scenario tables: Markdown tables whose columns are question, as of, verdict, provision, answer mentions.
 * Text outside the table (its title and explanation) is for the reader.
 */
final class ScenarioTable {

    private ScenarioTable() {}

    static List<Scenario> parse(String markdown, String name) {
        String[] lines = markdown.split("\n", -1);
        var rows = new ArrayList<Scenario>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (!line.startsWith("|") || line.startsWith("|---")) {
                continue;
            }
            if (i + 1 < lines.length && lines[i + 1].strip().startsWith("|---")) {
                // A table's header row: a file may hold several tables, each under its own heading.
                continue;
            }
            String[] cells = line.substring(1, line.endsWith("|") ? line.length() - 1 : line.length()).split("\\|", -1);
            if (cells.length != 5) {
                throw new org.govrules.KnowledgeBaseException(name + ":" + (i + 1) + ": a row has 5 cells, this one " + cells.length, null);
            }
            String asOf = cells[1].strip();
            if (!asOf.isEmpty() && !asOf.matches("\\d{4}-\\d{2}-\\d{2}")) {
                throw new org.govrules.KnowledgeBaseException(name + ":" + (i + 1) + ": '" + asOf
                        + "' is not a date; write YYYY-MM-DD", null);
            }
            rows.add(new Scenario(name + ":" + (i + 1), cells[0].strip(),
                    asOf.isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(asOf)),
                    cells[2].strip(), cells[3].strip(), cells[4].strip()));
        }
        return rows;
    }
}
