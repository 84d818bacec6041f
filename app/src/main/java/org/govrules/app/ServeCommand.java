package org.govrules.app;

import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;
import org.govrules.Rulebook;
import org.govrules.assistant.Assistant;
import org.govrules.assistant.Channel;
import org.govrules.assistant.Commands;
import org.govrules.assistant.DecisionLogging;
import org.govrules.assistant.Store;
import org.govrules.email.EmailService;
import org.govrules.email.EmailSettings;
import org.govrules.http.HttpApi;
import org.govrules.http.HttpSettings;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.govrules.telegram.TelegramService;
import org.govrules.telegram.TelegramSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code govrules serve [--telegram] [--email] [--http [--port N]]}: runs the bots, the HTTP API and the reminders
 * until the process is stopped. Configuration comes from the environment. Every answer given is kept in the
 * decision log unless {@code GOVRULES_LOG_DAYS=0}.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Run the bots and/or the HTTP API (configured by the environment).",
        footer = {"", "Environment: GOVRULES_DB_URL (the store), GOVRULES_REMIND_DAYS (default 7,1),"
                + " GOVRULES_ADMINS, GOVRULES_LOG_DAYS (days the decision log keeps answers, default 365; 0: off),"
                + " GOVRULES_LOG_KEY (key for askers' pseudonyms), GOVRULES_LOG_FORMAT=json (JSON log lines),"
                + " GOVRULES_HTTP_TOKEN (bearer token for recording over HTTP), GOVRULES_HTTP_HOST (default"
                + " 127.0.0.1), MAIL_AUTHSERV_ID."})
final class ServeCommand extends RulebookCommand implements Callable<Integer> {

    @Option(names = "--telegram", description = "Run the Telegram bot (TELEGRAM_BOT_TOKEN, TELEGRAM_API_URL).")
    boolean telegram;

    @Option(names = "--email", description = "Run the e-mail bot (MAIL_IMAP_URL, MAIL_SMTP_URL, MAIL_FROM).")
    boolean email;

    @Option(names = "--http", description = "Run the HTTP API (/v1, /health, /metrics).")
    boolean http;

    @Option(names = "--port", paramLabel = "N", description = "The HTTP API's port (default: ${DEFAULT-VALUE}).")
    int port = HttpSettings.DEFAULT_PORT;

    private final Supplier<Store> store;
    private final Map<String, String> env;

    ServeCommand(Supplier<Rulebook> rulebook, Supplier<Store> store, Map<String, String> env) {
        super(rulebook);
        this.store = store;
        this.env = env;
    }

    @Override
    public Integer call() throws Exception {
        if (!telegram && !email && !http) {
            throw usage("Say what to run: serve --telegram, serve --email, serve --http, or several");
        }
        TelegramSettings telegramSettings = null;
        EmailSettings emailSettings = null;
        HttpSettings httpSettings = null;
        List<Integer> days;
        DecisionLogging logging;
        try {
            telegramSettings = telegram ? TelegramSettings.from(env) : null;
            emailSettings = email ? EmailSettings.from(env) : null;
            httpSettings = http ? HttpSettings.from(env, port) : null;
            days = Assistant.remindDays(env.get("GOVRULES_REMIND_DAYS"));
            logging = DecisionLogging.from(env);
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
        var metrics = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        new JvmMemoryMetrics().bindTo(metrics);
        new JvmGcMetrics().bindTo(metrics);
        new ProcessorMetrics().bindTo(metrics);
        var assistant = Assistant.open(rulebook(), store.get(), java.time.Clock.systemUTC(), metrics, logging);
        var commands = new Commands(assistant, days);
        var running = new ArrayList<AutoCloseable>();
        var closed = new CountDownLatch(1);
        var channels = new ArrayList<Channel>();
        try {
            if (telegramSettings != null) {
                var bot = TelegramService.start(telegramSettings, assistant, commands, Duration.ofSeconds(50),
                        Duration.ofMillis(500));
                running.add(bot);
                channels.add(bot.channel());
            }
            if (emailSettings != null) {
                var bot = EmailService.start(emailSettings, assistant, commands, Duration.ofSeconds(30),
                        Duration.ofMinutes(5));
                running.add(bot);
                channels.add(bot.channel());
            }
            String listening = "";
            if (httpSettings != null) {
                var api = HttpApi.start(assistant, httpSettings, metrics);
                running.add(api);
                listening = "the HTTP API on http://" + httpSettings.host() + ":" + api.port() + "/v1";
            }
            var reminders = assistant.startReminders(channels, LocalTime.of(9, 0), Duration.ofSeconds(10),
                    Duration.ofMinutes(1));
            running.add(0, reminders);
            running.add(assistant);
            var stopped = new CountDownLatch(1);
            // On SIGTERM the JVM ends when its shutdown hooks do: the hook waits for the channels to close, so the
            // Telegram lease is released and a restarted instance polls at once instead of after the lease expires.
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                stopped.countDown();
                try {
                    closed.await(20, java.util.concurrent.TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "govrules-stop"));
            var serving = new ArrayList<String>(channels.stream().map(Channel::name).toList());
            if (!listening.isEmpty()) {
                serving.add(listening);
            }
            out().println("Serving " + String.join(" and ", serving) + ".");
            out().println("Store " + StoreUrl.shown(env) + "; knowledge base " + rulebook().version() + "; decision log "
                    + (logging.enabled() ? "kept " + logging.retention().toDays() + " days" : "off") + ".");
            out().println("Reminders " + String.join(" and ", days.stream().map(String::valueOf).toList())
                    + " day(s) before each deadline, at 09:00 in each body's time zone; "
                    + reminders.plan() + " planned. Stop with Ctrl-C.");
            out().flush();
            stopped.await();
        } finally {
            try {
                for (AutoCloseable c : running) {
                    c.close();
                }
            } finally {
                closed.countDown();
            }
        }
        return 0;
    }
}
