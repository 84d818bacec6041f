package org.govrules.telegram;

import java.net.URI;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.telegram.telegrambots.meta.TelegramUrl;

/**
 * The Telegram bot's configuration: {@code TELEGRAM_BOT_TOKEN}, {@code TELEGRAM_API_URL} (default
 * {@code https://api.telegram.org}; tests point it at a local server) and {@code GOVRULES_ADMINS} (user ids allowed
 * to record events).
 */
public record TelegramSettings(String token, URI apiUrl, Set<String> admins) {

    public static TelegramSettings from(Map<String, String> env) {
        String token = env.getOrDefault("TELEGRAM_BOT_TOKEN", "").strip();
        if (token.isEmpty()) {
            throw new IllegalArgumentException("TELEGRAM_BOT_TOKEN is not set: the bot needs its token from @BotFather.");
        }
        URI url = URI.create(env.getOrDefault("TELEGRAM_API_URL", "https://api.telegram.org").strip());
        Set<String> admins = Arrays.stream(env.getOrDefault("GOVRULES_ADMINS", "").split(","))
                .map(String::strip).filter(a -> !a.isEmpty()).collect(Collectors.toUnmodifiableSet());
        return new TelegramSettings(token, url, admins);
    }

    TelegramUrl telegramUrl() {
        int port = apiUrl.getPort() > 0 ? apiUrl.getPort() : apiUrl.getScheme().equals("http") ? 80 : 443;
        return TelegramUrl.builder().schema(apiUrl.getScheme()).host(apiUrl.getHost()).port(port).testServer(false)
                .build();
    }
}
