package org.govrules.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.OkHttpClient;
import okhttp3.Response;
import org.govrules.assistant.Assistant;
import org.govrules.assistant.Channel;
import org.govrules.assistant.Commands;
import org.govrules.assistant.Leases;
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
 * The Telegram bot running: long polling with the real TelegramBots client (by one instance at a time), the commands
 * registered with {@code setMyCommands}, and a {@link Channel} through which the assistant's reminders reach
 * subscribed chats.
 */
public final class TelegramService implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(TelegramService.class);
    /** Chats answered in parallel; each chat's messages in order. */
    private static final int LANES = 16;
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

    private final TelegramSettings settings;
    private final Assistant assistant;
    private final TelegramBot bot;
    private final TelegramChannel channel;
    private final Leases leases;
    private final Duration pollTimeout;
    private final Duration lease;
    private final String holder = UUID.randomUUID().toString();
    private final AtomicReference<Instant> lastPoll = new AtomicReference<>();
    private final ScheduledExecutorService watch = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "govrules-telegram-lease");
        t.setDaemon(true);
        return t;
    });
    private TelegramBotsLongPollingApplication application;
    private ChatLanes lanes;

    private TelegramService(TelegramSettings settings, Assistant assistant, TelegramBot bot, TelegramChannel channel,
            Duration pollTimeout, Duration lease) {
        this.settings = settings;
        this.assistant = assistant;
        this.bot = bot;
        this.channel = channel;
        this.leases = assistant.store().leases();
        this.pollTimeout = pollTimeout;
        this.lease = lease;
    }

    /**
     * Starts the bot. Only one instance polls a token at a time (Telegram refuses a second poller): the instance that
     * holds the store's lease for the token polls and renews it; others wait as standbys and take over when it stops.
     *
     * @param pollTimeout the long-poll wait the Bot API is asked for (50 s in production; short in tests)
     * @param backoff     the first wait before retrying a failed Bot API call
     */
    public static TelegramService start(TelegramSettings settings, Assistant assistant, Commands commands,
            Duration pollTimeout, Duration backoff) throws TelegramApiException {
        var client = new OkHttpTelegramClient(settings.token(), settings.telegramUrl());
        var api = new BotApi(client, backoff);
        String username;
        try {
            username = api.call(new GetMe()).getUserName();
        } catch (TelegramApiException e) {
            // The client's own message ("Unable to execute getme method") names neither the server nor the cause.
            Throwable cause = e;
            while (cause.getCause() != null) {
                cause = cause.getCause();
            }
            throw new TelegramApiException("The Bot API at " + settings.apiUrl() + " did not answer (getMe): "
                    + cause, e);
        }
        api.call(SetMyCommands.builder().commands(COMMANDS).build());
        var bot = new TelegramBot(commands, assistant.store().inbox(), api, settings.admins(), username);
        var service = new TelegramService(settings, assistant, bot, new TelegramChannel(api), pollTimeout, pollTimeout.plusSeconds(10));
        // A standby looks every two seconds (a quarter of the lease in tests), so it takes over within seconds of a
        // stopped instance releasing the lease; a crashed one's lease runs out first.
        service.watch.scheduleWithFixedDelay(service::keepLease, 0,
                Math.max(200, Math.min(2000, service.lease.toMillis() / 4)), TimeUnit.MILLISECONDS);
        LOG.info("Telegram bot @{} started against {}", username, settings.apiUrl());
        return service;
    }

    /** Takes or renews the polling lease, starting or stopping polling to match; logs a poll that is overdue. */
    private synchronized void keepLease() {
        try {
            boolean mine = leases.acquire(leaseName(), holder, lease);
            if (mine && application == null) {
                application = new TelegramBotsLongPollingApplication(ObjectMapper::new, this::httpClient);
                lanes = new ChatLanes(LANES, bot::consume);
                application.registerBot(settings.token(), settings::telegramUrl,
                        // The client passes the id of the last update it received; the Bot API's offset is the
                        // first update not yet confirmed, one more. With the id itself the last update is never
                        // confirmed and getUpdates returns at once, forever.
                        lastReceived -> GetUpdates.builder().offset(lastReceived + 1)
                                .timeout((int) pollTimeout.toSeconds()).build(),
                        lanes);
                lastPoll.set(Instant.now());
                LOG.info("This instance now polls the Bot API");
            } else if (!mine && application != null) {
                stopPolling();
                LOG.warn("Another instance took over polling; this one waits as a standby");
            }
            Duration since = sinceLastPoll();
            if (application != null && since.compareTo(pollTimeout.multipliedBy(2).plusSeconds(5)) > 0) {
                LOG.warn("No successful poll of the Bot API for {} s", since.toSeconds());
            }
        } catch (Exception e) {
            LOG.error("Could not keep the polling lease", e);
        }
    }

    private OkHttpClient httpClient() {
        return new OkHttpClient.Builder()
                .readTimeout(pollTimeout.plusSeconds(15))
                .addInterceptor(chain -> {
                    Response response = chain.proceed(chain.request());
                    if (response.isSuccessful() && chain.request().url().encodedPath().toLowerCase(Locale.ROOT)
                            .endsWith("/getupdates")) {
                        lastPoll.set(Instant.now());
                        assistant.polled(TelegramChannel.NAME);
                    }
                    return response;
                })
                .build();
    }

    private String leaseName() {
        // The bot's id (the token's part before ':'), never the secret part.
        return "telegram-poll:" + settings.token().split(":", 2)[0];
    }

    private void stopPolling() throws Exception {
        application.close();
        application = null;
        lanes.close();
        lanes = null;
    }

    /** True while this instance is the one polling. */
    public synchronized boolean isPolling() {
        return application != null;
    }

    /** How long since the last successful poll of the Bot API: a health check's figure. */
    public Duration sinceLastPoll() {
        Instant last = lastPoll.get();
        return last == null ? Duration.ZERO : Duration.between(last, Instant.now());
    }

    /** The channel for {@link Assistant#startReminders}. */
    public Channel channel() {
        return channel;
    }

    @Override
    public synchronized void close() throws Exception {
        watch.shutdownNow();
        if (application != null) {
            stopPolling();
        }
        leases.release(leaseName(), holder);
    }
}
