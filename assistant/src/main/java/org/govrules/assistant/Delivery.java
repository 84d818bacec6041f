package org.govrules.assistant;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A row of the delivery log: a reminder being sent, sent, or failed so far.
 *
 * @param key        the reminder's key
 * @param channel    the channel
 * @param address    the recipient
 * @param body       the body
 * @param deadline   the deadline's key
 * @param due        its due date
 * @param daysBefore the offset
 * @param status     {@code sending}, {@code sent} or {@code failed}
 * @param attempts   how many times sending was tried
 * @param lastError  the last failure, or null
 * @param updatedAt  when the row last changed
 */
public record Delivery(String key, String channel, String address, String body, String deadline, LocalDate due,
        int daysBefore, String status, int attempts, String lastError, Instant updatedAt) {}
