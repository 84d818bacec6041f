package org.govrules.assistant;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import org.govrules.Rulebook;

/**
 * A separate process for the crash test: runs the reminders of a store and appends each reminder it sends to a file.
 * Given a limit, it dies abruptly ({@code Runtime.halt}, no shutdown) when asked to send one more than that, once its
 * earlier sends are marked sent: the reminders in flight are then claimed in the delivery log but not sent, as when a
 * process is killed mid-batch. (A kill between a channel's send and the log's "sent" is the one window left; the
 * README says how channels close it.)
 *
 * <p>Arguments: the JDBC URL, the output file, the number of sends before dying (or -1 to live), the number of
 * reminders after which a living sender stops (once all are marked sent), and the most seconds to run.
 */
public final class CrashingSender {

    private CrashingSender() {}

    public static void main(String[] args) throws Exception {
        String url = args[0];
        Path out = Path.of(args[1]);
        int dieAfter = Integer.parseInt(args[2]);
        int expected = Integer.parseInt(args[3]);
        long end = System.nanoTime() + Duration.ofSeconds(Long.parseLong(args[4])).toNanos();
        var store = Store.open(url);
        var channel = new Channel() {
            private int sends;

            @Override
            public String name() {
                return "test";
            }

            @Override
            public synchronized void send(Reminder reminder) throws IOException {
                if (dieAfter >= 0 && sends == dieAfter) {
                    awaitSent(store, sends, System.nanoTime() + 10_000_000_000L);
                    pause(); // H2 writes its last commits to the file a moment after them; a kill within that moment
                    // can undo a "sent" (PostgreSQL does not), which would make this the documented window, not a crash
                    Runtime.getRuntime().halt(137);
                }
                sends++;
                Files.writeString(out, reminder.key() + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND, StandardOpenOption.SYNC);
            }
        };
        var assistant = Assistant.open(Rulebook.load(CrashingSender.class.getClassLoader(), Clock.systemUTC()), store,
                AssistantContract.clockAt("2026-03-02"));
        assistant.startReminders(List.of(channel), LocalTime.of(9, 0), Duration.ofMillis(100), Duration.ofMillis(100));
        awaitSent(store, dieAfter >= 0 ? Integer.MAX_VALUE : expected, end);
        assistant.close();
        store.close();
        System.exit(0);
    }

    private static void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Polls the delivery log until {@code count} reminders are marked sent, or until {@code end}. */
    private static void awaitSent(Store store, int count, long end) {
        while (store.deliveries().all().stream().filter(d -> d.status().equals("sent")).count() < count
                && System.nanoTime() < end) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
