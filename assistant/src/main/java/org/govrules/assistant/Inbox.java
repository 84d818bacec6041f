package org.govrules.assistant;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;

/**
 * Incoming messages taken in, by channel and message id. A transport claims a message before handling it and marks
 * it done after: a repeated Telegram update, or an e-mail seen again after a restart, is then handled once; a claim
 * left unfinished by a process that died (claimed, never done) can be claimed again after {@link #STALE}.
 */
public final class Inbox {

    private static final String DUPLICATE_KEY = "23505";
    /** How long an unfinished claim protects a message before another attempt may take it. */
    public static final Duration STALE = Duration.ofMinutes(2);

    private final DataSource dataSource;

    Inbox(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * True if this caller should handle the message: the first claim, or a claim left unfinished for longer than
     * {@link #STALE}; false if it was handled, or is being handled, already.
     */
    public boolean claim(String channel, String messageId) {
        return claim(channel, messageId, STALE);
    }

    /** As {@link #claim(String, String)}, with the time after which an unfinished claim may be taken up again. */
    public boolean claim(String channel, String messageId, Duration stale) {
        Instant now = Instant.now();
        try (Connection c = dataSource.getConnection()) {
            try (var insert = c.prepareStatement(
                    "insert into inbox (channel, message_id, received_at) values (?, ?, ?)")) {
                insert.setString(1, channel);
                insert.setString(2, key(messageId));
                insert.setTimestamp(3, Timestamp.from(now));
                insert.executeUpdate();
                return true;
            } catch (SQLException e) {
                if (!DUPLICATE_KEY.equals(e.getSQLState())) {
                    throw e;
                }
            }
            try (var retake = c.prepareStatement("update inbox set received_at = ? where channel = ? and message_id = ?"
                    + " and done_at is null and received_at < ?")) {
                retake.setTimestamp(1, Timestamp.from(now));
                retake.setString(2, channel);
                retake.setString(3, key(messageId));
                retake.setTimestamp(4, Timestamp.from(now.minus(stale)));
                return retake.executeUpdate() == 1;
            }
        } catch (SQLException e) {
            throw new StoreException("Could not record an incoming message: " + e.getMessage(), e);
        }
    }

    /** True if the message was handled to the end (claimed and marked done). */
    public boolean isDone(String channel, String messageId) {
        try (Connection c = dataSource.getConnection();
             var query = c.prepareStatement(
                     "select 1 from inbox where channel = ? and message_id = ? and done_at is not null")) {
            query.setString(1, channel);
            query.setString(2, key(messageId));
            try (var rs = query.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new StoreException("Could not read the inbox: " + e.getMessage(), e);
        }
    }

    /** The longest message id stored as written; longer ones (a hostile Message-ID) are stored as their digest. */
    static final int LONGEST_KEPT = 200;

    /** The id as stored: as written if short enough, else "sha256:" and its digest, so any id fits the column. */
    static String key(String messageId) {
        if (messageId.length() <= LONGEST_KEPT) {
            return messageId;
        }
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(messageId.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return "sha256:" + java.util.HexFormat.of().formatHex(digest);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Marks a claimed message handled: it will not be claimed again. */
    public void done(String channel, String messageId) {
        try (Connection c = dataSource.getConnection();
             var update = c.prepareStatement("update inbox set done_at = ? where channel = ? and message_id = ?")) {
            update.setTimestamp(1, Timestamp.from(Instant.now()));
            update.setString(2, channel);
            update.setString(3, key(messageId));
            update.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("Could not mark a message handled: " + e.getMessage(), e);
        }
    }
}
