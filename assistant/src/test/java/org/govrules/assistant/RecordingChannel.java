package org.govrules.assistant;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** A channel that keeps what it is asked to send, and can be told to fail its first sends. */
final class RecordingChannel implements Channel {

    final List<Reminder> sent = new CopyOnWriteArrayList<>();
    private final AtomicInteger failuresLeft;

    RecordingChannel(int failFirst) {
        this.failuresLeft = new AtomicInteger(failFirst);
    }

    @Override
    public String name() {
        return "test";
    }

    @Override
    public void send(Reminder reminder) throws Exception {
        if (failuresLeft.getAndDecrement() > 0) {
            throw new java.io.IOException("mail server down");
        }
        sent.add(reminder);
    }
}
