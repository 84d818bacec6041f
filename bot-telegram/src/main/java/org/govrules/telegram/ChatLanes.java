package org.govrules.telegram;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Hands polled updates to a fixed number of single-threaded lanes, chosen by chat: one chat's messages are answered
 * in the order sent, while different chats are answered in parallel. (The library's default consumer uses one thread
 * for every chat, which could not keep up with a hundred messages a second.)
 */
final class ChatLanes implements LongPollingUpdateConsumer, AutoCloseable {

    private final List<ExecutorService> lanes;
    private final Consumer<Update> handler;

    ChatLanes(int count, Consumer<Update> handler) {
        this.handler = handler;
        this.lanes = IntStream.range(0, count).mapToObj(i -> Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "govrules-telegram-lane-" + i);
            t.setDaemon(true);
            return t;
        })).toList();
    }

    @Override
    public void consume(List<Update> updates) {
        for (Update update : updates) {
            lanes.get(Math.floorMod(chatOf(update), lanes.size())).execute(() -> handler.accept(update));
        }
    }

    private static long chatOf(Update update) {
        if (update.hasMessage()) {
            return update.getMessage().getChatId();
        }
        if (update.hasCallbackQuery() && update.getCallbackQuery().getMessage() != null) {
            return update.getCallbackQuery().getMessage().getChatId();
        }
        return update.getUpdateId();
    }

    @Override
    public void close() {
        lanes.forEach(ExecutorService::shutdown);
    }
}
