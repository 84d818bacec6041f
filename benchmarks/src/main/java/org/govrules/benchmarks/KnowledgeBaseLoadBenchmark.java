package org.govrules.benchmarks;

import java.time.Clock;
import java.util.concurrent.TimeUnit;
import org.govrules.Rulebook;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Cold load of the knowledge base: one load per fresh JVM, as a command-line run or a service start pays it.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(5)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
public class KnowledgeBaseLoadBenchmark {

    @Benchmark
    public Rulebook coldLoad() {
        return Rulebook.load(KnowledgeBaseLoadBenchmark.class.getClassLoader(), Clock.systemUTC());
    }
}
