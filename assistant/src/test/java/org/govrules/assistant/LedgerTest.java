package org.govrules.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Map;
import org.govrules.Event;
import org.junit.jupiter.api.Test;

/** The ledger when the database it reaches through another process's shared server goes away mid-way. */
class LedgerTest {

    /** Each test its own in-memory database, kept while the test's store is open. */
    private static String url(String name) {
        return "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1";
    }

    /** The database as seen while the process serving the file exits: closed, for as many tries as it takes. */
    private static final class ServerExiting extends HikariDataSource {
        private int refusals;
        private final SQLException refusal;

        ServerExiting(String url, int refusals, SQLException refusal) {
            this.refusals = refusals;
            this.refusal = refusal;
            setJdbcUrl(url);
        }

        @Override
        public Connection getConnection() throws SQLException {
            if (refusals-- > 0) {
                throw refusal;
            }
            return super.getConnection();
        }
    }

    @Test
    void a_record_waits_for_the_shared_server_to_pass_to_the_next_process_and_is_kept_once() {
        String url = url("handover");
        try (var store = Store.open(url);
             var exiting = new ServerExiting(url, 6, new SQLException("Database is already closed", "90121", 90121))) {
            var ledger = new Ledger(exiting);
            var event = new Event("wg-as", "meeting-scheduled", LocalDate.of(2026, 3, 10), Map.of("meeting", "M1"));

            ledger.record("wg-as", "secretariat", events -> event);

            assertThat(store.ledger().events("wg-as").events()).containsExactly(event);
        }
    }

    @Test
    void a_transaction_closed_mid_way_with_its_rollback_refused_is_tried_again() {
        // What a statement meets when the server's database closes during the transaction.
        var closed = new SQLException("General error: \"Transaction 1 is closed\"", "HY000", 50000);
        closed.addSuppressed(new SQLException("Connection is broken: \"session closed\"", "08006", 90067));
        String url = url("closed-mid-way");
        try (var store = Store.open(url); var exiting = new ServerExiting(url, 2, closed)) {
            var event = new Event("wg-as", "meeting-scheduled", LocalDate.of(2026, 5, 4), Map.of("meeting", "M2"));

            new Ledger(exiting).record("wg-as", "secretariat", events -> event);

            assertThat(store.ledger().events("wg-as").events()).containsExactly(event);
        }
    }
}
