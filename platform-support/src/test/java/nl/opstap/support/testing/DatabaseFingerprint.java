package nl.opstap.support.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * A digest of every row of the service's own database, to prove that a refused request changed nothing. Tables the
 * platform itself writes in the background (the outbox relay marks rows sent) count only their rows.
 */
final class DatabaseFingerprint implements AutoCloseable {

    private static final Set<String> ROW_COUNT_ONLY = Set.of("outbox_event", "processed_event", "redriven_dead_letter");

    /** SQLState of a table that no longer exists. */
    private static final String UNDEFINED_TABLE = "42P01";

    private final Connection connection;
    private String digestQuery;

    DatabaseFingerprint() throws SQLException {
        Config config = ConfigProvider.getConfig();
        connection = DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getOptionalValue("quarkus.datasource.password", String.class).orElse(""));
        digestQuery = digestQuery();
    }

    /** One digest over every table there is now: a service may add or drop tables (reporting's replay swaps a schema). */
    private String digestQuery() throws SQLException {
        List<String> parts = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet tables = statement.executeQuery("""
                        select table_schema, table_name from information_schema.tables
                        where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema')
                          and table_name not like 'flyway_schema_history%'
                        order by 1, 2""")) {
            while (tables.next()) {
                String table = '"' + tables.getString(1) + "\".\"" + tables.getString(2) + '"';
                String content = ROW_COUNT_ONLY.contains(tables.getString(2)) ? "0" : "coalesce(sum(hashtext(t::text)::bigint), 0)";
                parts.add("select '" + table.replace("'", "''") + ":' || count(*) || ':' || " + content + " from " + table + " t");
            }
        }
        return parts.isEmpty() ? "select ''" : "select md5(string_agg(part, ',' order by part)) from (" + String.join(" union all ", parts)
                + ") digests(part)";
    }

    String digest() throws SQLException {
        try {
            return digestOnce();
        } catch (SQLException e) {
            if (!UNDEFINED_TABLE.equals(e.getSQLState())) {
                throw e;
            }
            digestQuery = digestQuery();
            return digestOnce();
        }
    }

    private String digestOnce() throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(digestQuery)) {
            result.next();
            return result.getString(1);
        }
    }

    /** The id the next writing transaction in the cluster will get; reading transactions take none. */
    long nextTransactionId() throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("select pg_snapshot_xmax(pg_current_snapshot())::text::bigint")) {
            result.next();
            return result.getLong(1);
        }
    }

    /** The digest once it has stopped moving, so that background consumers do not count against a request. */
    String quiet() throws SQLException {
        AtomicReference<String> previous = new AtomicReference<>("");
        try {
            return Awaitility.await().pollDelay(Duration.ofMillis(250)).pollInterval(Duration.ofMillis(250)).atMost(Duration.ofSeconds(30))
                    .until(() -> {
                        String current = digest();
                        return current.equals(previous.getAndSet(current)) ? current : null;
                    }, Objects::nonNull);
        } catch (ConditionTimeoutException stillBusy) {
            // Consumers still working through a backlog: go on with the latest digest; a refused request is
            // only reported when its change repeats, so their writes cannot fail the test.
            return digest();
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
