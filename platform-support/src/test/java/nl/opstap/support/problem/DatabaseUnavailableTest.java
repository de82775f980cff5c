package nl.opstap.support.problem;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class DatabaseUnavailableTest {

    @Test
    void aRefusedOrLostConnectionAnywhereInTheChainIsUnavailability() {
        assertTrue(ProblemMappers.isDatabaseUnavailable(
                new PersistenceException(new RuntimeException(new SQLException("Connection to 127.0.0.1:25432 refused", "08001")))));
        assertTrue(ProblemMappers.isDatabaseUnavailable(new SQLException("An I/O error occurred while sending to the backend", "08006")));
        assertTrue(ProblemMappers.isDatabaseUnavailable(new SQLException("terminating connection due to immediate shutdown", "57P01")));
        assertTrue(ProblemMappers.isDatabaseUnavailable(new RuntimeException(new SQLException("Sorry, acquisition timeout!"))));
    }

    @Test
    void otherDatabaseErrorsAreNot() {
        assertFalse(ProblemMappers.isDatabaseUnavailable(new SQLException("duplicate key", "23505")));
        assertFalse(ProblemMappers.isDatabaseUnavailable(new SQLException("syntax error", "42601")));
        assertFalse(ProblemMappers.isDatabaseUnavailable(new IllegalStateException("no database involved")));
    }
}
