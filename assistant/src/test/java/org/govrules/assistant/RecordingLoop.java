package org.govrules.assistant;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.govrules.Event;
import org.govrules.Rulebook;

/**
 * A separate process for the concurrent-writers test: opens a store and records a number of meetings, one event at a
 * time, as a secretariat script beside the bot would. Exits 0 only if every one was recorded.
 *
 * <p>Arguments: the JDBC URL, a prefix for the meeting ids, how many to record.
 */
public final class RecordingLoop {

    private RecordingLoop() {}

    public static void main(String[] args) {
        String url = args[0];
        String prefix = args[1];
        int count = Integer.parseInt(args[2]);
        try (Store store = Store.open(url)) {
            var assistant = Assistant.open(Rulebook.load(RecordingLoop.class.getClassLoader(), Clock.systemUTC()), store,
                    AssistantContract.clockAt("2026-03-02"));
            for (int i = 0; i < count; i++) {
                assistant.record(new Event("wg-as", "meeting-scheduled", LocalDate.parse("2026-01-01"),
                        Map.of("meeting", prefix + i, "date", LocalDate.parse("2026-06-01").plusDays(i).toString())),
                        "script-" + prefix);
            }
        }
        System.exit(0);
    }
}
