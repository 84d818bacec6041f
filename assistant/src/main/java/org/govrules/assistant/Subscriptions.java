package org.govrules.assistant;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/** Who is subscribed to which body's reminders. Subscribing again changes the days; it never duplicates. */
public final class Subscriptions {

    private final DataSource dataSource;

    Subscriptions(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public void subscribe(Subscription s) {
        String days = s.daysBefore().stream().map(String::valueOf).collect(Collectors.joining(","));
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (var delete = c.prepareStatement("delete from subscription where channel = ? and address = ? and body = ?");
                 var insert = c.prepareStatement("insert into subscription (channel, address, body, days_before,"
                         + " created_at) values (?, ?, ?, ?, ?)")) {
                delete.setString(1, s.channel());
                delete.setString(2, s.address());
                delete.setString(3, s.body());
                delete.executeUpdate();
                insert.setString(1, s.channel());
                insert.setString(2, s.address());
                insert.setString(3, s.body());
                insert.setString(4, days);
                insert.setTimestamp(5, Timestamp.from(Instant.now()));
                insert.executeUpdate();
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("Could not subscribe: " + e.getMessage(), e);
        }
    }

    /** Ends a subscription to one body, or to every body when {@code body} is null; returns how many ended. */
    public int unsubscribe(String channel, String address, String body) {
        String sql = "delete from subscription where channel = ? and address = ?" + (body == null ? "" : " and body = ?");
        try (Connection c = dataSource.getConnection(); var delete = c.prepareStatement(sql)) {
            delete.setString(1, channel);
            delete.setString(2, address);
            if (body != null) {
                delete.setString(3, body);
            }
            return delete.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("Could not unsubscribe: " + e.getMessage(), e);
        }
    }

    public List<Subscription> all() {
        return query("select channel, address, body, days_before from subscription order by channel, address, body");
    }

    /** One recipient's subscription to one body, if there is one. */
    public java.util.Optional<Subscription> find(String channel, String address, String body) {
        return query("select channel, address, body, days_before from subscription"
                + " where channel = ? and address = ? and body = ?", channel, address, body).stream().findFirst();
    }

    private List<Subscription> query(String sql, String... parameters) {
        try (Connection c = dataSource.getConnection(); var statement = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i]);
            }
            try (var rs = statement.executeQuery()) {
                var found = new ArrayList<Subscription>();
                while (rs.next()) {
                    found.add(new Subscription(rs.getString(1), rs.getString(2), rs.getString(3),
                            Arrays.stream(rs.getString(4).split(",")).map(String::strip).filter(d -> !d.isEmpty())
                                    .map(Integer::valueOf).toList()));
                }
                return found;
            }
        } catch (SQLException e) {
            throw new StoreException("Could not read subscriptions: " + e.getMessage(), e);
        }
    }
}
