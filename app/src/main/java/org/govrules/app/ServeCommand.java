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
import org.govrules.assistant.Store;
import org.govrules.email.EmailService;
import org.govrules.email.EmailSettings;
import org.govrules.telegram.TelegramService;
import org.govrules.telegram.TelegramSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code govrules serve [--telegram] [--email]}: runs the bots and the reminders until the process is stopped.
 * Configuration comes from the environment.
 */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Run the bots (configured by the environment).")
final class ServeCommand extends RulebookCommand implements Callable<Integer> {

    @Option(names = "--telegram", description = "Run the Telegram bot (TELEGRAM_BOT_TOKEN, TELEGRAM_API_URL).")
    boolean telegram;

    @Option(names = "--email", description = "Run the e-mail bot (MAIL_IMAP_URL, MAIL_SMTP_URL, MAIL_FROM).")
    boolean email;

    private final Supplier<Store> store;
    private final Map<String, String> env;

    ServeCommand(Supplier<Rulebook> rulebook, Supplier<Store> store, Map<String, String> env) {
        super(rulebook);
        this.store = store;
        this.env = env;
    }

    @Override
    public Integer call() throws Exception {
        if (!telegram && !email) {
            throw usage("Say which bot(s) to run: serve --telegram, serve --email, or both");
        }
        TelegramSettings telegramSettings = null;
        EmailSettings emailSettings = null;
        List<Integer> days;
        try {
            telegramSettings = telegram ? TelegramSettings.from(env) : null;
            emailSettings = email ? EmailSettings.from(env) : null;
            days = Assistant.remindDays(env.get("GOVRULES_REMIND_DAYS"));
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
        var assistant = Assistant.open(rulebook(), store.get(), java.time.Clock.systemUTC());
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
            var reminders = assistant.startReminders(channels, LocalTime.of(9, 0), Duration.ofSeconds(10),
                    Duration.ofMinutes(1));
            running.add(0, reminders);
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
            out().println("Serving " + String.join(" and ", channels.stream().map(Channel::name).toList()) + "; "
                    + reminders.plan() + " reminder(s) planned. Stop with Ctrl-C.");
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
