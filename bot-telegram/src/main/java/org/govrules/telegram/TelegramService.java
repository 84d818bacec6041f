package org.govrules.telegram;

import java.time.Duration;
import java.util.List;
import org.govrules.assistant.Assistant;
import org.govrules.assistant.Channel;
import org.govrules.assistant.Commands;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * The Telegram bot running: long polling with the real TelegramBots client, the commands registered with
 * {@code setMyCommands}, and a {@link Channel} through which the assistant's reminders reach subscribed chats.
 */
public final class TelegramService implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(TelegramService.class);
    private static final List<BotCommand> COMMANDS = List.of(
            new BotCommand("start", "What this bot does"),
            new BotCommand("help", "How to ask, and the commands"),
            new BotCommand("ask", "Ask a question about a body's rules"),
            new BotCommand("deadlines", "Deadlines of a body, e.g. /deadlines wg-as"),
            new BotCommand("subscribe", "Reminders before deadlines, e.g. /subscribe wg-as"),
            new BotCommand("unsubscribe", "Stop reminders"),
            new BotCommand("bodies", "The bodies whose rules I know"),
            new BotCommand("provision", "The text of a provision, e.g. /provision wg-as-tor:7"),
            new BotCommand("record", "Record an event (administrators)"),
            new BotCommand("whoami", "Your Telegram user id"));

    private final TelegramBotsLongPollingApplication application;
    private final TelegramChannel channel;

    private TelegramService(TelegramBotsLongPollingApplication application, TelegramChannel channel) {
        this.application = application;
        this.channel = channel;
    }

    /**
     * Starts polling.
     *
     * @param pollTimeout the long-poll wait the Bot API is asked for (50 s in production; short in tests)
     * @param backoff     the first wait before retrying a failed Bot API call
     */
    public static TelegramService start(TelegramSettings settings, Assistant assistant, Commands commands,
            Duration pollTimeout, Duration backoff) throws TelegramApiException {
        var client = new OkHttpTelegramClient(settings.token(), settings.telegramUrl());
        var api = new BotApi(client, backoff);
        String username = api.call(new GetMe()).getUserName();
        api.call(SetMyCommands.builder().commands(COMMANDS).build());
        var bot = new TelegramBot(commands, assistant.store().inbox(), api, settings.admins(), username);
        var application = new TelegramBotsLongPollingApplication();
        application.registerBot(settings.token(), settings::telegramUrl,
                offset -> GetUpdates.builder().offset(offset).timeout((int) pollTimeout.toSeconds()).build(), bot);
        LOG.info("Telegram bot @{} is polling {}", username, settings.apiUrl());
        return new TelegramService(application, new TelegramChannel(api));
    }

    /** The channel for {@link Assistant#startReminders}. */
    public Channel channel() {
        return channel;
    }

    @Override
    public void close() throws Exception {
        application.close();
    }
}
