package org.govrules.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.govrules.review.EncodedRule;
import org.govrules.review.ProvisionCoverage;
import org.govrules.Rulebook;
import org.govrules.review.Review;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code govrules review INSTRUMENT [--html FILE]}: the instrument paragraph by paragraph, each with the clauses its
 * rules quote marked, the rules themselves (name, strength, DRL), the scenario rows that exercise them, or the
 * reason it has none: what a secretariat lawyer reads to sign the encoding off.
 */
@Command(name = "review", mixinStandardHelpOptions = true,
        description = "The instrument beside the rules that encode it, paragraph by paragraph.")
final class ReviewCommand extends RulebookCommand implements Callable<Integer> {

    @Parameters(paramLabel = "INSTRUMENT", description = "An instrument id, e.g. wg-as-tor.")
    String instrument;

    @Option(names = "--html", paramLabel = "FILE", description = "Write the review as an HTML page to FILE.")
    Path html;

    ReviewCommand(Supplier<Rulebook> rulebook) {
        super(rulebook);
    }

    @Override
    public Integer call() throws IOException {
        var rules = rulebook();
        var review = rules.review();
        List<ProvisionCoverage> paragraphs = review.coverage().stream()
                .filter(c -> c.provision().id().startsWith(instrument + ":")).toList();
        if (paragraphs.isEmpty()) {
            throw usage("No instrument '" + instrument + "'. Instruments: " + String.join(", ", rules.provisions().stream()
                    .map(p -> p.id().substring(0, p.id().indexOf(':'))).distinct().toList()) + ".");
        }
        var byName = review.rules();
        if (html == null) {
            text(paragraphs, byName, review);
            return 0;
        }
        Path parent = html.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw usage("Cannot write " + html + ": the directory " + parent + " does not exist.");
        }
        Files.writeString(html, page(paragraphs, byName, review), StandardCharsets.UTF_8);
        out().println("Wrote the review of " + instrument + " (" + paragraphs.size() + " provisions) to " + html);
        out().flush();
        return 0;
    }

    private void text(List<ProvisionCoverage> paragraphs, List<EncodedRule> all, Review rules) {
        var out = out();
        for (var c : paragraphs) {
            out.println("== " + c.provision().id() + " (" + c.provision().part() + ")");
            out.println(mark(c.provision().text(), clauses(encoding(c, all)), "[[", "]]"));
            if (c.rules().isEmpty()) {
                out.println("   No rule: " + c.reason());
            }
            for (var rule : encoding(c, all)) {
                out.println("   Rule \"" + rule.name() + "\" (" + rule.strength() + ")"
                        + interpretation(rules, rule).map(i -> " — interpretation: " + i).orElse(""));
            }
            if (!c.scenarios().isEmpty()) {
                out.println("   Tested by: " + String.join(", ", c.scenarios()));
            }
            out.println();
        }
        out.flush();
    }

    private String page(List<ProvisionCoverage> paragraphs, List<EncodedRule> all, Review rules) {
        var page = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Review of ")
                .append(escape(instrument)).append("</title><style>body{font-family:sans-serif;max-width:60em;margin:auto}"
                        + "mark{background:#ffe58a}pre{background:#f4f4f4;padding:.5em;overflow:auto}"
                        + ".reason{color:#666}.interp{color:#a33}</style></head><body><h1>Review of ")
                .append(escape(instrument)).append("</h1><p>Each paragraph as the instrument writes it; the words a rule"
                        + " quotes are <mark>marked</mark>. Below it, the rules that encode it, their strength and"
                        + " DRL, and the scenario rows that test them; or why it has no rule.</p>");
        for (var c : paragraphs) {
            var encoding = encoding(c, all);
            page.append("<section id=\"").append(escape(c.provision().id())).append("\"><h2>")
                    .append(escape(c.provision().id())).append(" <small>").append(escape(c.provision().part()))
                    .append("</small></h2><p>").append(mark(escape(c.provision().text()),
                            clauses(encoding).stream().map(ReviewCommand::escape).toList(), "<mark>", "</mark>"))
                    .append("</p>");
            if (encoding.isEmpty()) {
                page.append("<p class=\"reason\">No rule: ").append(escape(c.reason())).append("</p>");
            }
            for (var rule : encoding) {
                page.append("<h3>").append(escape(rule.name())).append(" <small>(").append(rule.strength())
                        .append(")</small></h3>");
                interpretation(rules, rule).ifPresent(i -> page.append("<p class=\"interp\">Interpretation: ")
                        .append(escape(i)).append("</p>"));
                rules.ruleText(rule.name()).ifPresent(drl -> page.append("<pre>").append(escape(drl)).append("</pre>"));
            }
            if (!c.scenarios().isEmpty()) {
                page.append("<p>Tested by: ").append(escape(String.join(", ", c.scenarios()))).append("</p>");
            }
            page.append("</section>");
        }
        return page.append("</body></html>\n").toString();
    }

    private static List<EncodedRule> encoding(ProvisionCoverage c, List<EncodedRule> all) {
        return all.stream().filter(r -> c.rules().contains(r.name())).toList();
    }

    private static List<String> clauses(List<EncodedRule> rules) {
        return rules.stream().map(r -> r.clause().strip()).filter(c -> !c.isEmpty()).toList();
    }

    /** An {@code @interpretation("...")} on the rule: where the encoding goes beyond the words. */
    private static java.util.Optional<String> interpretation(Review rules, EncodedRule rule) {
        return rules.ruleText(rule.name()).flatMap(drl -> {
            var m = java.util.regex.Pattern.compile("@interpretation\\(\"([^\"]*)\"\\)").matcher(drl);
            return m.find() ? java.util.Optional.of(m.group(1)) : java.util.Optional.empty();
        });
    }

    /** Marks each clause a rule quotes, where it occurs in the paragraph word for word. */
    private static String mark(String text, List<String> clauses, String open, String close) {
        String marked = text;
        for (String clause : clauses) {
            if (marked.contains(clause) && !marked.contains(open + clause)) {
                marked = marked.replace(clause, open + clause + close);
            }
        }
        return marked;
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
