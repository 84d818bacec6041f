package org.govrules.assistant;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * The assistant's database: the ledger of events, subscriptions, the delivery log, the inbox of messages taken
 * in and the decision log, migrated by Flyway on open.
 * An embedded H2 file by default; PostgreSQL for production ({@code GOVRULES_DB_URL}).
 */
public final class Store implements AutoCloseable {

    private final HikariDataSource dataSource;
    private final Ledger ledger;
    private final Subscriptions subscriptions;
    private final Deliveries deliveries;
    private final Inbox inbox;
    private final Leases leases;
    private final DecisionLog decisions;

    private Store(HikariDataSource dataSource) {
        this.dataSource = dataSource;
        this.ledger = new Ledger(dataSource);
        this.subscriptions = new Subscriptions(dataSource);
        this.deliveries = new Deliveries(dataSource);
        this.inbox = new Inbox(dataSource);
        this.leases = new Leases(dataSource);
        this.decisions = new DecisionLog(dataSource);
    }

    /** The default store: an H2 file under {@code ~/.govrules/}, shared by processes, every commit on disk. */
    public static String defaultUrl() {
        // $HOME, as the shell and the README mean it; Java's user.home can differ (e.g. under sudo or in containers).
        String home = System.getenv().getOrDefault("HOME", System.getProperty("user.home"));
        Path file = Path.of(home, ".govrules", "govrules");
        return "jdbc:h2:file:" + file + ";AUTO_SERVER=TRUE";
    }

    /**
     * H2 keeps committed changes in memory for up to half a second by default, so a killed process loses them (a
     * reminder marked sent is sent again). Every H2 store is opened with that delay off, and closed by its owner, not
     * by H2's shutdown hook.
     */
    static String durable(String jdbcUrl) {
        if (!jdbcUrl.startsWith("jdbc:h2:")) {
            return jdbcUrl;
        }
        String upper = jdbcUrl.toUpperCase(java.util.Locale.ROOT);
        String url = upper.contains("WRITE_DELAY") ? jdbcUrl : jdbcUrl + ";WRITE_DELAY=0";
        // A process reaching the file through another's shared server loses its connection when that one exits;
        // H2 then reconnects (to the next server, or opens the file itself) instead of failing the command.
        if (upper.contains("AUTO_SERVER=TRUE") && !upper.contains("AUTO_RECONNECT")) {
            url += ";AUTO_RECONNECT=TRUE";
        }
        // H2's own shutdown hook would close the database while ours still release leases and mark deliveries on
        // SIGTERM; the store is closed by its owner instead. (H2 refuses this with AUTO_SERVER, the default file's
        // setting for sharing it between processes: there the hook may still win the race.)
        return upper.contains("DB_CLOSE_ON_EXIT") || upper.contains(":MEM:") || upper.contains("AUTO_SERVER=TRUE")
                ? url : url + ";DB_CLOSE_ON_EXIT=FALSE";
    }

    /** How long a process waits for another that is opening the same H2 file (starting its shared server). */
    private static final java.time.Duration OPENING_RACE = java.time.Duration.ofSeconds(60);

    /**
     * Opens (and migrates) the store at a JDBC URL, e.g. {@code jdbc:postgresql://host/db?user=...}. Two processes
     * opening the default H2 file at once race to start its shared server; the loser waits and tries again rather
     * than failing a secretariat script.
     */
    public static Store open(String jdbcUrl) {
        long deadline = System.nanoTime() + OPENING_RACE.toNanos();
        long pause = 50;
        while (true) {
            try {
                return openOnce(jdbcUrl);
            } catch (RuntimeException e) {
                if (!jdbcUrl.startsWith("jdbc:h2:") || !isOpeningRace(e) || System.nanoTime() > deadline) {
                    throw e;
                }
                try {
                    Thread.sleep(pause + (long) (Math.random() * pause));
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
                pause = Math.min(pause * 2, 1000);
            }
        }
    }

    /** H2's messages when another process holds or is starting the file's server. */
    private static boolean isOpeningRace(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (message.contains("Lock file recently modified") || message.contains("Another process was faster")
                    || message.contains("already in use") || message.contains("Connection is broken")
                    || message.contains("Database may be already in use")) {
                return true;
            }
        }
        return false;
    }

    private static Store openOnce(String jdbcUrl) {
        var config = new HikariConfig();
        config.setJdbcUrl(durable(jdbcUrl));
        config.setMaximumPoolSize(8);
        config.setPoolName("govrules");
        var dataSource = new HikariDataSource(config);
        try {
            String vendor = jdbcUrl.startsWith("jdbc:postgresql:") ? "postgresql" : "h2";
            Flyway.configure()
                    .dataSource(dataSource)
                    .locations("classpath:db/migration/common", "classpath:db/migration/" + vendor)
                    .load()
                    .migrate();
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
        return new Store(dataSource);
    }

    public Ledger ledger() {
        return ledger;
    }

    public Subscriptions subscriptions() {
        return subscriptions;
    }

    public Deliveries deliveries() {
        return deliveries;
    }

    public Inbox inbox() {
        return inbox;
    }

    public Leases leases() {
        return leases;
    }

    /** The answers the channels gave. */
    public DecisionLog decisions() {
        return decisions;
    }

    /**
     * True if the database answers within two seconds: what a health check reports.
     */
    public boolean isReachable() {
        try (var c = dataSource.getConnection()) {
            return c.isValid(2);
        } catch (java.sql.SQLException | RuntimeException e) {
            return false;
        }
    }

    /** For the reminder scheduler, which keeps its tasks in the same database. */
    DataSource dataSource() {
        return dataSource;
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
