package org.govrules.telegram;

import org.govrules.assistant.Channel;
import org.govrules.assistant.Reminder;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;

/** Reminders to subscribed chats. A chat that blocked the bot (403) is reported gone, and the assistant unsubscribes it. */
final class TelegramChannel implements Channel {

    static final String NAME = "telegram";

    private final BotApi api;

    TelegramChannel(BotApi api) {
        this.api = api;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void send(Reminder reminder) throws Exception {
        var d = reminder.deadline();
        String html = "<b>Reminder</b> (" + reminder.daysBefore() + " day(s) before): "
                + TelegramText.escape(d.what()) + "\nDue " + d.due() + " · " + TelegramText.escape(d.provision());
        api.call(SendMessage.builder().chatId(reminder.to().address()).text(html).parseMode("HTML").build());
    }

    @Override
    public boolean isGone(Exception failure) {
        return BotApi.isGone(failure);
    }
}
