package org.govrules.assistant;

import java.util.List;
import java.util.Objects;

/**
 * Someone who wants reminders of a body's deadlines.
 *
 * @param channel    the channel that reaches them ({@code telegram}, {@code email}, ...)
 * @param address    their address on it: a chat id, an e-mail address
 * @param body       the body whose deadlines they follow
 * @param daysBefore how many days before each deadline to remind them, e.g. [7, 1]
 */
public record Subscription(String channel, String address, String body, List<Integer> daysBefore) {

    public Subscription {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(body, "body");
        daysBefore = List.copyOf(daysBefore);
    }
}
