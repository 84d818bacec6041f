package org.govrules.kb;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One row of a scenario table: a question, the date it is asked as of, the verdict expected ({@code info} for an
 * information question), the provision the answer must cite, and words it must contain.
 */
record Scenario(int line, String question, Optional<LocalDate> asOf, String verdict, String provision, String mentions) {

    boolean isInformation() {
        return verdict.equals("info");
    }

    @Override
    public String toString() {
        return "line " + line + ": " + question + asOf.map(d -> " (as of " + d + ")").orElse("");
    }

    /** Reads the Markdown table of a scenario file on the test classpath, skipping its header and divider rows. */
    static List<Scenario> read(String resource) {
        try (InputStream in = Scenario.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no scenario file " + resource);
            }
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            var rows = new ArrayList<Scenario>();
            boolean header = true;
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i].strip();
                if (!line.startsWith("|")) {
                    continue;
                }
                if (header || line.startsWith("|---")) {
                    header = false;
                    continue;
                }
                String[] cells = line.substring(1, line.length() - 1).split("\\|", -1);
                if (cells.length != 5) {
                    throw new IllegalStateException(resource + " line " + (i + 1) + ": expected 5 cells, got " + cells.length);
                }
                String asOf = cells[1].strip();
                rows.add(new Scenario(i + 1, cells[0].strip(),
                        asOf.isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(asOf)),
                        cells[2].strip(), cells[3].strip(), cells[4].strip()));
            }
            return rows;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
