package org.govrules.assistant;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes decisions to the log on a thread of its own, so that an answer is never delayed by the store nor lost
 * because the log cannot be written: a decision that cannot be written (or finds the queue full) is counted and
 * reported in health and metrics, and the answer goes out regardless. It also deletes what is past retention, at
 * most once an hour.
 */
final class DecisionWriter implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DecisionWriter.class);
    private static final int QUEUE = 10_000;

    private final DecisionLog log;
    private final DecisionLogging policy;
    private final Clock clock;
    private final ThreadPoolExecutor thread;
    private final Counter written;
    private final Counter failed;
    private final AtomicReference<String> lastFailure = new AtomicReference<>();
    private Instant trimmed = Instant.MIN;

    DecisionWriter(DecisionLog log, DecisionLogging policy, Clock clock, MeterRegistry metrics) {
        this.log = log;
        this.policy = policy;
        this.clock = clock;
        this.thread = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(QUEUE), r -> {
            Thread t = new Thread(r, "govrules-decision-log");
            t.setDaemon(true);
            return t;
        }, (task, executor) -> fail("the queue is full (" + QUEUE + " decisions waiting)"));
        this.written = Counter.builder("govrules.decision.log.writes").tag("result", "written")
                .description("Answers written to the decision log").register(metrics);
        this.failed = Counter.builder("govrules.decision.log.writes").tag("result", "failed")
                .description("Answers the decision log could not keep").register(metrics);
    }

    /** Queues a decision; returns at once. */
    void write(Decision decision) {
        thread.execute(() -> {
            try {
                log.append(decision);
                written.increment();
                lastFailure.set(null);
                trimIfDue();
            } catch (RuntimeException e) {
                fail(e.getMessage());
            }
        });
    }

    private void trimIfDue() {
        Instant now = clock.instant();
        if (trimmed.isBefore(now.minusSeconds(3600))) {
            trimmed = now;
            int deleted = log.deleteBefore(now.minus(policy.retention()));
            if (deleted > 0) {
                LOG.info("Deleted {} decision(s) older than {} days from the decision log", deleted,
                        policy.retention().toDays());
            }
        }
    }

    private void fail(String why) {
        failed.increment();
        lastFailure.set(why);
        LOG.warn("An answer was given but not written to the decision log: {}", why);
    }

    /** Why the last write failed, if the last one did. */
    Optional<String> lastFailure() {
        return Optional.ofNullable(lastFailure.get());
    }

    /** Writes what is queued (a few seconds at most), then stops. */
    @Override
    public void close() {
        thread.shutdown();
        try {
            thread.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
