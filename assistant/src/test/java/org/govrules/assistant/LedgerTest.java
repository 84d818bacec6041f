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

    private static final String URL = "jdbc:h2:mem:ledger-handover;DB_CLOSE_DELAY=-1";

    /** The database as seen while the process serving the file exits: closed, for as many tries as it takes. */
    private static final class ServerExiting extends HikariDataSource {
        private int refusals;

        ServerExiting(int refusals) {
            this.refusals = refusals;
            setJdbcUrl(URL);
        }

        @Override
        public Connection getConnection() throws SQLException {
            if (refusals-- > 0) {
                throw new SQLException("Database is already closed", "90121", 90121);
            }
            return super.getConnection();
        }
    }

    @Test
    void a_record_waits_for_the_shared_server_to_pass_to_the_next_process_and_is_kept_once() {
        try (var store = Store.open(URL); var exiting = new ServerExiting(6)) {
            var ledger = new Ledger(exiting);
            var event = new Event("wg-as", "meeting-scheduled", LocalDate.of(2026, 3, 10), Map.of("meeting", "M1"));

            ledger.record("wg-as", "secretariat", events -> event);

            assertThat(store.ledger().events("wg-as").events()).containsExactly(event);
        }
    }
}
