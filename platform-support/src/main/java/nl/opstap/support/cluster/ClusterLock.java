package nl.opstap.support.cluster;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Lets one instance of a service do a job while its twins skip it: a PostgreSQL advisory lock on the
 * service's own database, held until the current transaction ends (also when the instance dies).
 */
@ApplicationScoped
public class ClusterLock {

    private final EntityManager entityManager;

    ClusterLock(EntityManager entityManager) {
        this.entityManager = entityManager;
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
