package org.govrules.email;

import java.net.URI;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The e-mail bot's configuration: {@code MAIL_IMAP_URL} and {@code MAIL_SMTP_URL} (e.g.
 * {@code imap://bot:secret@127.0.0.1:3143}; {@code imaps}/{@code smtps} for TLS), {@code MAIL_FROM}, and
 * {@code GOVRULES_ADMINS}. Recording events by e-mail is off unless {@code GOVRULES_EMAIL_RECORDING=on}, which needs
 * {@code MAIL_AUTHSERV_ID}, the receiving server's authserv-id: only its Authentication-Results header is trusted.
 */
public record EmailSettings(URI imap, URI smtp, String from, Set<String> admins, boolean recording, String authservId) {

    /** Every connection gets these timeouts: Jakarta Mail's defaults are infinite. */
    private static final String TIMEOUT_MS = "20000";

    public static EmailSettings from(Map<String, String> env) {
        URI imap = uri(env, "MAIL_IMAP_URL");
        URI smtp = uri(env, "MAIL_SMTP_URL");
        String from = env.getOrDefault("MAIL_FROM", "").strip();
        if (from.isEmpty()) {
            throw new IllegalArgumentException("MAIL_FROM is not set: the bot needs its own address.");
        }
        Set<String> admins = Arrays.stream(env.getOrDefault("GOVRULES_ADMINS", "").split(","))
                .map(a -> a.strip().toLowerCase(Locale.ROOT)).filter(a -> a.contains("@"))
                .collect(Collectors.toUnmodifiableSet());
        boolean recording = "on".equalsIgnoreCase(env.getOrDefault("GOVRULES_EMAIL_RECORDING", "").strip());
        String authservId = env.getOrDefault("MAIL_AUTHSERV_ID", "").strip();
        if (recording && authservId.isEmpty()) {
            throw new IllegalArgumentException("GOVRULES_EMAIL_RECORDING=on needs MAIL_AUTHSERV_ID: the authserv-id your"
                    + " receiving mail server writes in Authentication-Results (e.g. mail.example.org), so that only"
                    + " its verdict, not one a sender wrote, lets a message record events.");
        }
        return new EmailSettings(imap, smtp, from, admins, recording, authservId);
    }

    private static URI uri(Map<String, String> env, String name) {
        String value = env.getOrDefault(name, "").strip();
        if (value.isEmpty()) {
            throw new IllegalArgumentException(name + " is not set, e.g. " + name + "="
                    + (name.contains("IMAP") ? "imaps://bot:secret@mail.example.org:993" : "smtps://bot:secret@mail.example.org:465"));
        }
        URI uri = URI.create(value);
        if (uri.getHost() == null || uri.getScheme() == null) {
            throw new IllegalArgumentException(name + "='" + value + "' is not a mail URL such as imap://user:password@host:port");
        }
        return uri;
    }

    /** Jakarta Mail properties for a URL's protocol, with timeouts on every connection. */
    static Properties properties(URI url) {
        String protocol = url.getScheme();
        var props = new Properties();
        props.put("mail." + protocol + ".host", url.getHost());
        if (url.getPort() > 0) {
            props.put("mail." + protocol + ".port", String.valueOf(url.getPort()));
        }
        props.put("mail." + protocol + ".connectiontimeout", TIMEOUT_MS);
        props.put("mail." + protocol + ".timeout", TIMEOUT_MS);
        props.put("mail." + protocol + ".writetimeout", TIMEOUT_MS);
        if (protocol.startsWith("smtp")) {
            props.put("mail." + protocol + ".auth", String.valueOf(url.getUserInfo() != null));
        }
        if (protocol.startsWith("imap")) {
            // A part is fetched in pieces of this size, a round trip each: 16 KB by default, 64 round trips a megabyte.
            props.put("mail." + protocol + ".fetchsize", String.valueOf(256 * 1024));
        }
        return props;
    }

    /**
     * SMTP properties. The EHLO name is given (the bot's mail domain): otherwise Jakarta Mail resolves this host's
     * canonical name on every connection, which cost ~60 ms a message.
     */
    Properties smtpProperties() {
        var props = properties(smtp);
        props.put("mail." + smtp.getScheme() + ".localhost", from.substring(from.indexOf('@') + 1));
        return props;
    }

    static String user(URI url) {
        String info = url.getUserInfo();
        return info == null ? null : java.net.URLDecoder.decode(info.split(":", 2)[0], java.nio.charset.StandardCharsets.UTF_8);
    }

    static String password(URI url) {
        String info = url.getUserInfo();
        return info == null || !info.contains(":") ? null
                : java.net.URLDecoder.decode(info.split(":", 2)[1], java.nio.charset.StandardCharsets.UTF_8);
    }
}
