package nl.opstap.support.privacy;

import jakarta.persistence.EntityManager;
import java.util.UUID;

/**
 * What one service holds about a client, for the data-subject rights. Every service implements it once, next to its
 * repositories, and {@link DataSubjectRequestHandler} carries out the requests with it.
 */
public interface ClientDataHolder {

    /** Everything the service holds about the client in this organisation, in the caller's transaction. */
    ClientRecords export(String tenant, UUID clientId);

    /**
     * Removes or irreversibly anonymises the client's personal data and returns how many records held some. What the
     * aggregate figures need (dates, statuses, outcomes under the pseudonymous id) stays. Erasing twice erases nothing.
     */
    int erase(String tenant, UUID clientId);

    /**
     * Runs one erasing statement whose two parameters are the organisation and the client id, in that order, and
     * returns how many rows it changed: the building block of {@link #erase} in every service.
     */
    static int eraseRows(EntityManager entityManager, String sql, String tenant, UUID clientId) {
        return entityManager.createNativeQuery(sql).setParameter(1, tenant).setParameter(2, clientId).executeUpdate();
    }
}
