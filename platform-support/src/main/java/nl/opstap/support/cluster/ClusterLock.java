package nl.opstap.support.cluster;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Lets one instance of a service do a job while its twins skip it: a PostgreSQL advisory lock on the
 * service's own database, held until the current transaction ends, or for a job that spans transactions until it
 * is closed (either way also until the instance dies, which ends its database sessions).
 */
@ApplicationScoped
public class ClusterLock {

    private static final Logger LOG = Logger.getLogger(ClusterLock.class);

    private final EntityManager entityManager;
    private final AgroalDataSource dataSource;

    ClusterLock(EntityManager entityManager, AgroalDataSource dataSource) {
        this.entityManager = entityManager;
        this.dataSource = dataSource;
    }

    /** A lock held on a database session of its own, across the transactions of one job, until closed. */
    public static final class Held implements AutoCloseable {

        private final Connection connection;
        private final String name;

        private Held(Connection connection, String name) {
            this.connection = connection;
            this.name = name;
        }

        @Override
        public void close() {
            boolean released = false;
            try (PreparedStatement unlock = connection.prepareStatement("select pg_advisory_unlock(hashtext(?))")) {
                unlock.setString(1, name);
                unlock.execute();
                released = true;
            } catch (SQLException e) {
                LOG.warnf("Could not release cluster lock %s (%s); dropping its connection", name, e.getMessage());
            }
            try {
                if (!released) {
                    // A pooled connection must not go back still holding the lock: its session, and the lock, end here.
                    connection.abort(Runnable::run);
                }
                connection.close();
            } catch (SQLException | RuntimeException e) {
                LOG.debugf("Closing the connection of cluster lock %s: %s", name, e.getMessage());
            }
        }
    }

    /**
     * The lock named {@code name} for a job that runs several transactions, when no other instance holds it; call
     * outside a transaction (the lock lives on a connection of its own) and close it when the job is done.
     */
    public Optional<Held> tryLockForSession(String name) throws SQLException {
        Connection connection = dataSource.getConnection();
        try (PreparedStatement lock = connection.prepareStatement("select pg_try_advisory_lock(hashtext(?))")) {
            lock.setString(1, name);
            try (ResultSet result = lock.executeQuery()) {
                if (result.next() && result.getBoolean(1)) {
                    return Optional.of(new Held(connection, name));
                }
            }
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
        connection.close();
        return Optional.empty();
    }

    /** True when this transaction now holds the lock named {@code name}; false when another one does. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean tryLockForTransaction(String name) {
        Object locked = entityManager.createNativeQuery("select pg_try_advisory_xact_lock(hashtext(?1))")
                .setParameter(1, name)
                .getSingleResult();
        return Boolean.TRUE.equals(locked);
    }
}
