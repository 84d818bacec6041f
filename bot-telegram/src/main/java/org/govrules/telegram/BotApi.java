package org.govrules.telegram;

import java.io.Serializable;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Calls the Bot API the way Telegram asks clients to: on 429 it waits the {@code retry_after} the server gives; on
 * 5xx, a timeout or a dropped connection it backs off (0.5 s, doubling) and tries again, a few times; other errors
 * (400, 403 "blocked by the user") are the caller's to handle.
 */
final class BotApi {

    private static final Logger LOG = LoggerFactory.getLogger(BotApi.class);
    private static final int ATTEMPTS = 6;
    private static final Duration LONGEST_WAIT = Duration.ofSeconds(30);

    private final TelegramClient client;
    private final Duration firstBackoff;

    BotApi(TelegramClient client, Duration firstBackoff) {
        this.client = client;
        this.firstBackoff = firstBackoff;
    }

    <T extends Serializable, M extends BotApiMethod<T>> T call(M method) throws TelegramApiException {
        Duration backoff = firstBackoff;
        TelegramApiException last = null;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                return client.execute(method);
            } catch (TelegramApiRequestException e) {
                last = e;
                Integer code = e.getErrorCode();
                if (code != null && code == 429) {
                    Integer after = e.getParameters() == null ? null : e.getParameters().getRetryAfter();
                    Duration wait = after == null ? backoff : Duration.ofSeconds(after);
                    LOG.info("Bot API asks to wait {} s before {}", wait.toSeconds(), method.getMethod());
                    pause(wait);
                    continue;
                }
                if (code == null || code < 500) {
                    throw e;
                }
                LOG.warn("Bot API {} answered {}; retrying in {} ms", method.getMethod(), code, backoff.toMillis());
            } catch (TelegramApiException e) {
                last = e;
                LOG.warn("Bot API {} failed ({}); retrying in {} ms", method.getMethod(), e.getMessage(),
                        backoff.toMillis());
            }
            pause(backoff);
            backoff = backoff.multipliedBy(2);
        }
        throw last;
    }

    private static void pause(Duration wait) throws TelegramApiException {
        try {
            Thread.sleep(Math.min(wait.toMillis(), LONGEST_WAIT.toMillis()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TelegramApiException("interrupted while waiting to retry", e);
        }
    }

    /** True if the error means the chat cannot be written to any more (the user blocked the bot, left, was kicked). */
    static boolean isGone(Exception e) {
        return e instanceof TelegramApiRequestException r && r.getErrorCode() != null && r.getErrorCode() == 403;
    }
}
