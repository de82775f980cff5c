package nl.opstap.support.privacy;

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
}
