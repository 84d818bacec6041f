package org.govrules.benchmarks;

import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.govrules.Answer;
import org.govrules.AskContext;
import org.govrules.Party;
import org.govrules.Question;
import org.govrules.QuestionKind;
import org.govrules.Rulebook;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Latency of one question once the rulebook is loaded, as percentiles (SampleTime): a structured question (no parser)
 * and the same question in plain English (parser and rules).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class QuestionBenchmark {

    private Rulebook rules;
    private Question structured;
    private final AskContext context = AskContext.defaults().asOf(LocalDate.parse("2026-11-23"));

    @Setup
    public void load() {
        rules = Rulebook.load(QuestionBenchmark.class.getClassLoader(), Clock.systemUTC());
        structured = Question.of("wg-as", "attend-meeting", QuestionKind.PERMISSION, LocalDate.parse("2026-11-23"))
                .withActor(new Party("INTERPOL", Party.Kind.ORGANISATION, "INTERPOL"))
                .withFact("states-agreeing", 9);
    }

    @Benchmark
    public Answer structuredQuestion() {
        return rules.ask(structured);
    }

    @Benchmark
    public Answer plainEnglishQuestion() {
        return rules.ask("Can a Resource Panel member be admitted if 9 of 10 member states agree?", context);
    }

    /** Facts first, the question last, with abbreviations: the reading officials' messages need. */
    @Benchmark
    public Answer narrativeQuestion() {
        return rules.ask("UNODC's written RP request went to the Chair hosting the meeting; all AMS agreed except"
                + " Myanmar, which objects. Can UNODC attend?", context);
    }

    /** No topic answers it: the passage is found by BM25 over the provision texts and quoted. */
    @Benchmark
    public Answer questionAnsweredFromTheText() {
        return rules.ask("Which country originally proposed setting up the arms smuggling working group?", context);
    }

    /** A matter the texts are silent on. */
    @Benchmark
    public Answer silentMatter() {
        return rules.ask("What quorum applies to meetings of the WG on AS?", context);
    }
}
