package nl.opstap.support.transaction;

import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import org.hibernate.Session;

/**
 * One statement with plain JDBC on the current transaction's connection, for rows that are no entities on a hot path:
 * a Hibernate native query or persist costs more than the statement (parsing, a flush check of every managed entity,
 * binding through its type system), which a consumer's batch of hundreds of events pays hundreds of times.
 */
public final class PlainJdbc {

    private PlainJdbc() {
    }

    /** Runs {@code sql} with {@code parameters} bound in order ({@code setObject}) and returns how many rows it changed. */
    public static int update(EntityManager entityManager, String sql, Object... parameters) {
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    statement.setObject(i + 1, parameters[i]);
                }
                return statement.executeUpdate();
            }
        });
    }
}
