package org.govrules.assistant;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.Date;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.govrules.Event;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The append-only ledger of events, per body. An event is checked against the body's ledger and appended in one
 * transaction, with the body's row locked, so that two recorders (or two instances) cannot both pass the checks on
 * the same ledger. A row that cannot be read back (hand-edited, corrupt) is reported, not crashed on.
 */
public final class Ledger {

    private static final Logger LOG = LoggerFactory.getLogger(Ledger.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DUPLICATE_KEY = "23505";

    /** A ledger row that could not be read, and why. */
    public record Problem(long id, String body, String reason) {}

    /** The events of a body in the order recorded, and the rows that could not be read. */
    public record Events(List<Event> events, List<Problem> problems) {}

    private final DataSource dataSource;

    Ledger(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Checks and appends an event. {@code check} receives the body's events so far and returns the event to store,
     * or throws (e.g. {@link org.govrules.RefusedEventException}); then nothing is written.
     *
     * @param check the rules' check, e.g. {@code e -> rulebook.check(event, e)}
     * @return the event as stored
     */
    public Event record(String body, String recordedBy, java.util.function.Function<List<Event>, Event> check) {
        long deadline = System.nanoTime() + SERVER_HANDOVER.toNanos();
        for (long pause = 100; ; pause = Math.min(pause * 2, 1000)) {
            try {
                return recordOnce(body, recordedBy, check);
            } catch (StoreException e) {
                // The default H2 file is shared through the server of whichever process opened it first; when that
                // process exits mid-way, its database is closed under us ("Database is already closed", or the
                // connection to it broken), and the server rolls back what we had not committed. Until that process
                // is gone every statement meets the closed database; then the next attempt reaches the file again
                // (AUTO_RECONNECT). A loaded machine can take seconds over an exit, hence a time budget.
                if (!closedUnderUs(e) || System.nanoTime() > deadline) {
                    throw e;
                }
                try {
                    Thread.sleep(pause);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    /** How long a record waits for the file's shared server to pass from an exiting process to the next. */
    private static final java.time.Duration SERVER_HANDOVER = java.time.Duration.ofSeconds(30);

    /** H2's error codes for a database closed, or a connection to it broken or refused, as its file changes hands. */
    private static final int DATABASE_CALLED_AT_SHUTDOWN = 90121;
    private static final int CONNECTION_BROKEN = 90067;
    private static final int DATABASE_IS_CLOSED = 90098;
    private static final int DATABASE_ALREADY_OPEN = 90020;

    /**
     * H2's codes while the file passes from one process's server to the next: called at shutdown, the connection
     * broken, the database closed, the file still open in the exiting process.
     */
    private static final java.util.Set<Integer> HANDING_OVER = java.util.Set.of(DATABASE_CALLED_AT_SHUTDOWN,
            CONNECTION_BROKEN, DATABASE_IS_CLOSED, DATABASE_ALREADY_OPEN);

    /** H2's general error, raised among others when the store's transaction is closed under a statement. */
    private static final int GENERAL_ERROR = 50000;

    /**
     * Whether the failure, its causes or what failed beside it (the rollback, suppressed) is the database closed
     * under us: caught mid-transaction, H2 reports "Transaction … is closed" and the rollback the closed database.
     */
    private static boolean closedUnderUs(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && (HANDING_OVER.contains(sql.getErrorCode())
                    || sql.getErrorCode() == GENERAL_ERROR
                    && String.valueOf(sql.getMessage()).contains(" is closed"))) {
                return true;
            }
            for (Throwable beside : t.getSuppressed()) {
                if (closedUnderUs(beside)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A pooled connection that met a database closed under it is not handed out again: the pool would otherwise
     * keep returning it while the exiting server lingers.
     */
    private void evictIfClosedUnderUs(Connection c, Throwable e) {
        if (closedUnderUs(e) && dataSource instanceof com.zaxxer.hikari.HikariDataSource pool) {
            pool.evictConnection(c);
        }
    }

    private Event recordOnce(String body, String recordedBy, java.util.function.Function<List<Event>, Event> check) {
        ensureBodyRow(body);
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                try (var lock = c.prepareStatement("select body from ledger_body where body = ? for update")) {
                    lock.setString(1, body);
                    lock.executeQuery().close();
                }
                Event event = check.apply(read(c, body).events());
                try (var insert = c.prepareStatement("insert into ledger_event (body, type, event_date, details,"
                        + " recorded_at, recorded_by) values (?, ?, ?, ?, ?, ?)")) {
                    insert.setString(1, event.body());
                    insert.setString(2, event.type());
                    insert.setDate(3, Date.valueOf(event.date()));
                    insert.setString(4, JSON.writeValueAsString(event.details()));
                    insert.setTimestamp(5, Timestamp.from(Instant.now()));
                    insert.setString(6, recordedBy);
                    insert.executeUpdate();
                }
                c.commit();
                return event;
            } catch (RuntimeException | SQLException | JsonProcessingException e) {
                evictIfClosedUnderUs(c, e);
                try {
                    c.rollback();
                } catch (SQLException rollback) {
                    e.addSuppressed(rollback);
                }
                if (e instanceof RuntimeException r) {
                    throw r;
                }
                throw e;
            }
        } catch (SQLException | JsonProcessingException e) {
            throw new StoreException("Could not record the event: " + e.getMessage(), e);
        }
    }

    /** The body's events in the order recorded, with any unreadable rows reported. */
    public Events events(String body) {
        try (Connection c = dataSource.getConnection()) {
            return read(c, body);
        } catch (SQLException e) {
            throw new StoreException("Could not read the ledger: " + e.getMessage(), e);
        }
    }

    /** The bodies that have events. */
    public List<String> bodies() {
        try (Connection c = dataSource.getConnection();
             var rs = c.createStatement().executeQuery("select distinct body from ledger_event order by body")) {
            var bodies = new ArrayList<String>();
            while (rs.next()) {
                bodies.add(rs.getString(1));
            }
            return bodies;
        } catch (SQLException e) {
            throw new StoreException("Could not read the ledger: " + e.getMessage(), e);
        }
    }

    private Events read(Connection c, String body) throws SQLException {
        var events = new ArrayList<Event>();
        var problems = new ArrayList<Problem>();
        try (var query = c.prepareStatement(
                "select id, type, event_date, details from ledger_event where body = ? order by id")) {
            query.setString(1, body);
            try (var rs = query.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    try {
                        Map<String, String> details = JSON.readValue(rs.getString(4), new TypeReference<>() {});
                        events.add(new Event(body, rs.getString(2), rs.getDate(3).toLocalDate(), details));
                    } catch (JsonProcessingException | RuntimeException e) {
                        String reason = "unreadable details: " + e.getMessage().lines().findFirst().orElse("");
                        LOG.warn("Ledger row {} of {} is left out: {}", id, body, reason);
                        problems.add(new Problem(id, body, reason));
                    }
                }
            }
        }
        return new Events(events, problems);
    }

    private void ensureBodyRow(String body) {
        try (Connection c = dataSource.getConnection();
             var insert = c.prepareStatement("insert into ledger_body (body) values (?)")) {
            insert.setString(1, body);
            insert.executeUpdate();
        } catch (SQLException e) {
            if (!DUPLICATE_KEY.equals(e.getSQLState())) {
                throw new StoreException("Could not record the event: " + e.getMessage(), e);
            }
        }
    }
}
