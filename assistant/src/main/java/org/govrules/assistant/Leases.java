package org.govrules.assistant;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;

/**
 * Named leases in the shared store: at most one instance holds a lease at a time, for as long as it renews it. Used
 * so that only one instance long-polls a Telegram bot token (Telegram answers 409 to a second poller); the others
 * wait as standbys and take over when the holder stops renewing.
 */
public final class Leases {

    private static final String DUPLICATE_KEY = "23505";

    private final DataSource dataSource;

    Leases(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Takes or renews a lease for {@code holder}: true if it is now theirs until {@code now + length}; false if another
     * holder's lease has not expired.
     */
    public boolean acquire(String name, String holder, Duration length) {
        Instant now = Instant.now();
        try (Connection c = dataSource.getConnection()) {
            try (var update = c.prepareStatement("update lease set holder = ?, expires_at = ? where name = ?"
                    + " and (holder = ? or expires_at < ?)")) {
                update.setString(1, holder);
                update.setTimestamp(2, Timestamp.from(now.plus(length)));
                update.setString(3, name);
                update.setString(4, holder);
                update.setTimestamp(5, Timestamp.from(now));
                if (update.executeUpdate() == 1) {
                    return true;
                }
            }
            try (var insert = c.prepareStatement("insert into lease (name, holder, expires_at) values (?, ?, ?)")) {
                insert.setString(1, name);
                insert.setString(2, holder);
                insert.setTimestamp(3, Timestamp.from(now.plus(length)));
                insert.executeUpdate();
                return true;
            } catch (SQLException e) {
                if (DUPLICATE_KEY.equals(e.getSQLState())) {
                    return false;
                }
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("Could not take the lease " + name + ": " + e.getMessage(), e);
        }
    }

    /** Gives a lease up at once, if {@code holder} has it, so a standby need not wait for it to expire. */
    public void release(String name, String holder) {
        try (Connection c = dataSource.getConnection();
             var delete = c.prepareStatement("delete from lease where name = ? and holder = ?")) {
            delete.setString(1, name);
            delete.setString(2, holder);
            delete.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("Could not release the lease " + name + ": " + e.getMessage(), e);
        }
    }
}
