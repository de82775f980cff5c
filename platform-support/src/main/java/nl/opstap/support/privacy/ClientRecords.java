package nl.opstap.support.privacy;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;

/**
 * One service's part of a client's export: per kind of record (a table, as the service names it), its rows as
 * column-to-value maps, ready for JSON. Rows are read as stored, so the export shows what is really held.
 */
public final class ClientRecords {

    private final Map<String, List<Map<String, Object>>> byKind = new LinkedHashMap<>();

    /** Adds the rows a query returns under {@code kind}; parameters bind in order. */
    public ClientRecords add(EntityManager entityManager, String kind, String sql, Object... parameters) {
        List<Map<String, Object>> rows = byKind.computeIfAbsent(kind, k -> new ArrayList<>());
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    statement.setObject(i + 1, parameters[i]);
                }
                try (ResultSet result = statement.executeQuery()) {
                    ResultSetMetaData columns = result.getMetaData();
                    while (result.next()) {
                        Map<String, Object> row = new LinkedHashMap<>();
                        for (int c = 1; c <= columns.getColumnCount(); c++) {
                            row.put(columns.getColumnLabel(c), jsonValue(result.getObject(c)));
                        }
                        rows.add(row);
                    }
                }
            }
        });
        return this;
    }

    /** Adds rows the service built itself (e.g. a decrypted value), under {@code kind}. */
    public ClientRecords add(String kind, List<Map<String, Object>> rows) {
        byKind.computeIfAbsent(kind, k -> new ArrayList<>()).addAll(rows);
        return this;
    }

    /** Leaves {@code column} out of every row of {@code kind}. */
    public ClientRecords without(String kind, String column) {
        byKind.getOrDefault(kind, List.of()).forEach(row -> row.remove(column));
        return this;
    }

    public Map<String, List<Map<String, Object>>> byKind() {
        return byKind;
    }

    /** How many records hold data about the client, over all kinds. */
    public int count() {
        return byKind.values().stream().mapToInt(List::size).sum();
    }

    /** JDBC values as JSON-friendly ones: dates and times as ISO text, JSON columns as their text, arrays as lists. */
    private static Object jsonValue(Object value) throws SQLException {
        if (value == null || value instanceof String || value instanceof Number && !(value instanceof BigDecimal)
                || value instanceof Boolean) {
            return value;
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof Date date) {
            return date.toLocalDate().toString();
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant().toString();
        }
        if (value instanceof Array array) {
            List<Object> elements = new ArrayList<>();
            for (Object element : (Object[]) array.getArray()) {
                elements.add(jsonValue(element));
            }
            return elements;
        }
        // UUIDs, and PostgreSQL objects such as jsonb, whose toString is their text.
        return value.toString();
    }
}
