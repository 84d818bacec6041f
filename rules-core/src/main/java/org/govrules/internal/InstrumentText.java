package org.govrules.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govrules.Provision;

/**
 * Reads an instrument as the project keeps it: Markdown with a front matter naming the instrument, part headings
 * ({@code # Purpose}) and a heading carrying the provision id before every paragraph ({@code ## wg-as-tor:7}).
 * The text under a provision heading, up to the next heading, is the provision.
 */
final class InstrumentText {

    private static final Pattern PROVISION = Pattern.compile("^#{2,4}\\s+([a-z0-9-]+:[A-Za-z0-9.\\-]+)(?:\\s+—\\s+(.*))?\\s*$");
    private static final Pattern PART = Pattern.compile("^#\\s+(.*)$");
    private static final Pattern FIELD = Pattern.compile("^(\\w+):\\s*\"?(.*?)\"?\\s*$");

    private InstrumentText() {}

    static Instrument parse(String markdown, String source) {
        String[] lines = markdown.replace("\r\n", "\n").split("\n", -1);
        String id = null;
        String title = "";
        String adopted = "";
        int start = 0;
        if (lines.length > 0 && lines[0].equals("---")) {
            for (start = 1; start < lines.length && !lines[start].equals("---"); start++) {
                Matcher field = FIELD.matcher(lines[start]);
                if (field.matches() && field.group(1).equals("instrument")) {
                    id = field.group(2);
                } else if (field.matches() && field.group(1).equals("title")) {
                    title = field.group(2);
                } else if (field.matches() && field.group(1).equals("adopted")) {
                    adopted = field.group(2);
                }
            }
            start++;
        }
        if (id == null) {
            throw new org.govrules.KnowledgeBaseException(source + ": no 'instrument:' line in the front matter", null);
        }
        var provisions = new ArrayList<Provision>();
        String part = "";
        String current = null;
        String currentPart = "";
        var text = new StringBuilder();
        for (int i = start; i < lines.length; i++) {
            String line = lines[i];
            Matcher provision = PROVISION.matcher(line);
            Matcher heading = PART.matcher(line);
            if (provision.matches() || heading.matches()) {
                if (current != null) {
                    provisions.add(new Provision(current, id, currentPart, tidy(text)));
                }
                current = null;
                text.setLength(0);
                if (provision.matches()) {
                    current = provision.group(1);
                    currentPart = provision.group(2) != null ? provision.group(2) : part;
                    if (!current.startsWith(id + ":")) {
                        throw new org.govrules.KnowledgeBaseException(source + ": provision " + current + " is not of " + id, null);
                    }
                } else {
                    part = heading.group(1).strip();
                }
            } else if (current != null) {
                text.append(line).append('\n');
            }
        }
        if (current != null) {
            provisions.add(new Provision(current, id, currentPart, tidy(text)));
        }
        return new Instrument(id, title, adopted, provisions);
    }

    /** Trims the paragraph and collapses runs of blank lines, keeping paragraph breaks. */
    private static String tidy(StringBuilder text) {
        return text.toString().strip().replaceAll("\n{3,}", "\n\n");
    }
}
