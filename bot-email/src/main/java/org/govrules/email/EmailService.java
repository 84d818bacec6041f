package org.govrules.email;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.govrules.assistant.Assistant;
import org.govrules.assistant.Channel;
import org.govrules.assistant.Commands;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The e-mail bot running: the mailbox is polled at a fixed interval (a failed poll, e.g. the IMAP server down, is
 * logged and tried again at the next), and reminders go out through {@link #channel()}.
 */
public final class EmailService implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmailService.class);

    private final EmailBot bot;
    private final EmailChannel channel;
    private final Assistant assistant;
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "govrules-email-poll");
        t.setDaemon(true);
        return t;
    });

    private EmailService(EmailBot bot, EmailChannel channel, Assistant assistant) {
        this.bot = bot;
        this.channel = channel;
        this.assistant = assistant;
    }

    /**
     * @param every      how often to read the mailbox
     * @param retryAfter how long an unanswered message waits before another attempt (e.g. the SMTP server was down)
     */
    public static EmailService start(EmailSettings settings, Assistant assistant, Commands commands, Duration every,
            Duration retryAfter) {
        var bot = new EmailBot(settings, commands, assistant.store().inbox(), retryAfter);
        var service = new EmailService(bot, new EmailChannel(bot, settings.from(), assistant.rules()::body), assistant);
        service.poller.scheduleWithFixedDelay(service::pollOnce, 0, every.toMillis(), TimeUnit.MILLISECONDS);
        LOG.info("E-mail bot {} reads {}", settings.from(), settings.imap().getHost());
        return service;
    }

    private void pollOnce() {
        try {
            int answered = bot.poll();
            assistant.polled(EmailBot.CHANNEL);
            if (answered > 0) {
                LOG.info("Answered {} message(s)", answered);
            }
        } catch (Exception e) {
            LOG.warn("Could not read the mailbox, will try again: {}", e.toString());
        }
    }

    /** The channel for {@link Assistant#startReminders}. */
    public Channel channel() {
        return channel;
    }

    @Override
    public void close() {
        poller.shutdownNow();
        bot.close();
    }
}
