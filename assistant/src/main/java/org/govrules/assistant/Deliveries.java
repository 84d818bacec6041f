package org.govrules.assistant;

import java.sql.Connection;
import java.sql.Date;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * The delivery log. A reminder is claimed under its unique key before it is sent and marked sent after: a second
 * claim of a sent reminder fails, whichever instance or restart tries it.
 */
public final class Deliveries {

    private static final String DUPLICATE_KEY = "23505";

    private final DataSource dataSource;

    Deliveries(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Claims a reminder for sending. True if this caller should send it: no row yet, or a row left {@code sending} or
     * {@code failed} by an earlier attempt (a crash or a channel failure). False if it was sent already.
     */
    public boolean claim(Reminder r) {
        try (Connection c = dataSource.getConnection()) {
            try (var insert = c.prepareStatement("insert into delivery (reminder_key, channel, address, body,"
                    + " deadline_key, due, days_before, status, attempts, updated_at)"
                    + " values (?, ?, ?, ?, ?, ?, ?, 'sending', 1, ?)")) {
                insert.setString(1, r.key());
                insert.setString(2, r.to().channel());
                insert.setString(3, r.to().address());
                insert.setString(4, r.deadline().body());
                insert.setString(5, r.deadline().key());
                insert.setDate(6, Date.valueOf(r.deadline().due()));
                insert.setInt(7, r.daysBefore());
                insert.setTimestamp(8, Timestamp.from(Instant.now()));
                insert.executeUpdate();
                return true;
            } catch (SQLException e) {
                if (!DUPLICATE_KEY.equals(e.getSQLState())) {
                    throw e;
                }
            }
            try (var retry = c.prepareStatement("update delivery set status = 'sending', attempts = attempts + 1,"
                    + " updated_at = ? where reminder_key = ? and status <> 'sent'")) {
                retry.setTimestamp(1, Timestamp.from(Instant.now()));
                retry.setString(2, r.key());
                return retry.executeUpdate() == 1;
            }
        } catch (SQLException e) {
            throw new StoreException("Could not claim a delivery: " + e.getMessage(), e);
        }
    }

    /** Marks a reminder sent; the last error, if an earlier attempt failed, stays on record. */
    public void sent(Reminder r) {
        execute("update delivery set status = 'sent', updated_at = ? where reminder_key = ?", r.key());
    }

    /** Records a failed attempt and its error; the reminder stays claimable for the retry. */
    public void failed(Reminder r, String error) {
        execute("update delivery set status = 'failed', last_error = ?, updated_at = ? where reminder_key = ?",
                error.length() > 2000 ? error.substring(0, 2000) : error, r.key());
    }

    /** Runs an update whose last two parameters are the time and the key. */
    private void execute(String sql, String... values) {
        try (Connection c = dataSource.getConnection(); var update = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length - 1; i++) {
                update.setString(i + 1, values[i]);
            }
            update.setTimestamp(values.length, Timestamp.from(Instant.now()));
            update.setString(values.length + 1, values[values.length - 1]);
            update.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("Could not update a delivery: " + e.getMessage(), e);
        }
    }

    /** The whole log, oldest first. */
    public List<Delivery> all() {
        try (Connection c = dataSource.getConnection();
             var rs = c.createStatement().executeQuery("select reminder_key, channel, address, body, deadline_key, due,"
                     + " days_before, status, attempts, last_error, updated_at from delivery order by updated_at, reminder_key")) {
            var all = new ArrayList<Delivery>();
            while (rs.next()) {
                all.add(new Delivery(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getDate(6).toLocalDate(), rs.getInt(7), rs.getString(8), rs.getInt(9),
                        rs.getString(10), rs.getTimestamp(11).toInstant()));
            }
            return all;
        } catch (SQLException e) {
            throw new StoreException("Could not read deliveries: " + e.getMessage(), e);
        }
    }
}
