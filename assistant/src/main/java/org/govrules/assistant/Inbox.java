package org.govrules.assistant;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import javax.sql.DataSource;

/**
 * Incoming messages already taken in, by channel and message id. A transport claims a message before handling it:
 * a repeated Telegram update or an e-mail seen again after a restart is then handled once.
 */
public final class Inbox {

    private static final String DUPLICATE_KEY = "23505";

    private final DataSource dataSource;

    Inbox(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** True the first time a message is claimed; false for every later claim of the same message. */
    public boolean claim(String channel, String messageId) {
        try (Connection c = dataSource.getConnection();
             var insert = c.prepareStatement("insert into inbox (channel, message_id, received_at) values (?, ?, ?)")) {
            insert.setString(1, channel);
            insert.setString(2, messageId);
            insert.setTimestamp(3, Timestamp.from(Instant.now()));
            insert.executeUpdate();
            return true;
        } catch (SQLException e) {
            if (DUPLICATE_KEY.equals(e.getSQLState())) {
                return false;
            }
            throw new StoreException("Could not record an incoming message: " + e.getMessage(), e);
        }
    }
}
