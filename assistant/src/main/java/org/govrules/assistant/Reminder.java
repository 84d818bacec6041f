package org.govrules.assistant;

import java.time.LocalDate;
import org.govrules.Deadline;

/**
 * A reminder of one deadline, to one subscriber, a number of days before it is due.
 *
 * @param deadline   the deadline
 * @param to         the subscription it goes to
 * @param daysBefore how many days before the due date it is sent
 */
public record Reminder(Deadline deadline, Subscription to, int daysBefore) {

    /** The day it is sent: {@code daysBefore} days before the deadline. */
    public LocalDate day() {
        return deadline.due().minusDays(daysBefore);
    }

    /**
     * The reminder's identity: body, deadline, due date, recipient and offset. A deadline that moves gets new keys,
     * so the reminders of its old date are cancelled and new ones planned; a key is delivered at most once.
     */
    public String key() {
        return String.join("|", deadline.body(), deadline.key(), deadline.due().toString(), to.channel(), to.address(),
                String.valueOf(daysBefore));
    }
}
