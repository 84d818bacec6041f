package org.govrules.app;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;
import org.govrules.Rulebook;
import org.govrules.assistant.Assistant;
import org.govrules.assistant.Commands;
import org.govrules.assistant.Store;
import org.govrules.telegram.TelegramService;
import org.govrules.telegram.TelegramSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code govrules serve --telegram}: runs the Telegram bot and the reminders until the process is stopped.
 * Configuration comes from the environment (SPEC §5).
 */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Run the bots (configured by the environment).")
final class ServeCommand extends RulebookCommand implements Callable<Integer> {

    @Option(names = "--telegram", description = "Run the Telegram bot (TELEGRAM_BOT_TOKEN, TELEGRAM_API_URL).")
    boolean telegram;

    @Option(names = "--email", description = "Run the e-mail bot (not built yet).")
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
        if (email) {
            throw usage("The e-mail bot is not built yet (issue 6); serve --telegram runs the Telegram bot.");
        }
        if (!telegram) {
            throw usage("Say which bot to run: serve --telegram");
        }
        TelegramSettings settings;
        List<Integer> days;
        try {
            settings = TelegramSettings.from(env);
            days = Assistant.remindDays(env.get("GOVRULES_REMIND_DAYS"));
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
        var assistant = Assistant.open(rulebook(), store.get(), java.time.Clock.systemUTC());
        var stopped = new CountDownLatch(1);
        try (var bot = TelegramService.start(settings, assistant, new Commands(assistant, days), Duration.ofSeconds(50),
                Duration.ofMillis(500));
             var reminders = assistant.startReminders(List.of(bot.channel()), LocalTime.of(9, 0), Duration.ofSeconds(10),
                     Duration.ofMinutes(1))) {
            Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown, "govrules-stop"));
            out().println("Serving Telegram; " + reminders.plan() + " reminder(s) planned. Stop with Ctrl-C.");
            out().flush();
            stopped.await();
        }
        return 0;
    }
}
