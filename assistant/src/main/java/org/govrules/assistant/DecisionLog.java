package org.govrules.assistant;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;

/**
 * The decision log in the store: appended to by the channels (through {@link Assistant#ask}), read by
 * {@code ./govrules log}, trimmed to the retention period. Askers are kept as pseudonyms made with a key that is
 * generated once per store (or given by {@code GOVRULES_LOG_KEY}), so the log can tell that two answers went to the
 * same person without naming them.
 */
public final class DecisionLog {

    /** Longest question kept; longer ones are cut (channels refuse far shorter ones). */
    static final int QUESTION_LENGTH = 4096;
    private static final String KEY_SETTING = "decision-log-key";

    private final DataSource dataSource;

    DecisionLog(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Appends one decision. */
    public void append(Decision d) {
        String sql = "insert into decision (answered_at, channel, asker, body, question, verdict, provisions,"
                + " kb_version, answer_json) values (?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (Connection c = dataSource.getConnection(); var insert = c.prepareStatement(sql)) {
            insert.setTimestamp(1, Timestamp.from(d.answeredAt()));
            insert.setString(2, d.channel());
            insert.setString(3, d.asker());
            insert.setString(4, d.body());
            insert.setString(5, cut(d.question(), QUESTION_LENGTH));
            insert.setString(6, d.verdict());
            insert.setString(7, cut(String.join(",", d.provisions()), 2000));
            insert.setString(8, d.kbVersion());
            insert.setString(9, d.answerJson());
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("Could not write the decision log: " + e.getMessage(), e);
        }
    }

    /**
     * The decisions since a time, oldest first, optionally of one body only.
     *
     * @param body  a body id, or {@code null} for all
     * @param limit the most to return (the newest of them)
     */
    public List<Decision> since(Instant since, String body, int limit) {
        String sql = "select answered_at, channel, asker, body, question, verdict, provisions, kb_version, answer_json"
                + " from decision where answered_at >= ?" + (body == null ? "" : " and body = ?")
                + " order by id desc";
        try (Connection c = dataSource.getConnection(); var select = c.prepareStatement(sql)) {
            select.setTimestamp(1, Timestamp.from(since));
            if (body != null) {
                select.setString(2, body);
            }
            select.setMaxRows(limit);
            var found = new ArrayList<Decision>();
            try (var rs = select.executeQuery()) {
                while (rs.next()) {
                    String provisions = rs.getString(7);
                    found.add(new Decision(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getString(6),
                            provisions.isEmpty() ? List.of() : Arrays.asList(provisions.split(",")), rs.getString(8),
                            rs.getString(9)));
                }
            }
            java.util.Collections.reverse(found);
            return found;
        } catch (SQLException e) {
            throw new StoreException("Could not read the decision log: " + e.getMessage(), e);
        }
    }

    /** Deletes the decisions older than {@code before}; returns how many. */
    public int deleteBefore(Instant before) {
        try (Connection c = dataSource.getConnection();
             var delete = c.prepareStatement("delete from decision where answered_at < ?")) {
            delete.setTimestamp(1, Timestamp.from(before));
            return delete.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("Could not trim the decision log: " + e.getMessage(), e);
        }
    }

    /**
     * The pseudonym of an asker: 16 hex digits of an HMAC-SHA256 of channel and address.
     *
     * @param key the store's key ({@link #key(Optional)})
     */
    public static String pseudonym(byte[] key, String channel, String address) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] digest = mac.doFinal((channel + ":" + address).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java has HmacSHA256", e);
        }
    }

    /**
     * The key for pseudonyms: the given one ({@code GOVRULES_LOG_KEY}) or the store's, made at random the first time
     * and kept, so that every instance sharing the store gives a person the same pseudonym.
     */
    public byte[] key(Optional<String> given) {
        if (given.isPresent() && !given.get().isBlank()) {
            return given.get().getBytes(StandardCharsets.UTF_8);
        }
        try (Connection c = dataSource.getConnection()) {
            Optional<String> kept = readSetting(c);
            if (kept.isEmpty()) {
                byte[] fresh = new byte[32];
                new SecureRandom().nextBytes(fresh);
                try (var insert = c.prepareStatement("insert into setting (setting_name, setting_value) values (?, ?)")) {
                    insert.setString(1, KEY_SETTING);
                    insert.setString(2, HexFormat.of().formatHex(fresh));
                    insert.executeUpdate();
                } catch (SQLException raced) {
                    // Another instance made the key first: use that one.
                }
                kept = readSetting(c);
            }
            return HexFormat.of().parseHex(kept.orElseThrow());
        } catch (SQLException e) {
            throw new StoreException("Could not read the decision log's key: " + e.getMessage(), e);
        }
    }

    private static Optional<String> readSetting(Connection c) throws SQLException {
        try (var select = c.prepareStatement("select setting_value from setting where setting_name = ?")) {
            select.setString(1, KEY_SETTING);
            try (var rs = select.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    private static String cut(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }
}
