package nl.opstap.matching.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import nl.opstap.matching.domain.CandidateProfile;
import nl.opstap.matching.domain.PoolStatus;
import org.hibernate.jpa.HibernateHints;

@ApplicationScoped
public class CandidateProfileRepository implements PanacheRepositoryBase<CandidateProfile, UUID> {

    /** Rows per round trip when streaming the pool. */
    public static final int FETCH_SIZE = 5_000;

    public PanacheQuery<CandidateProfile> forTenant(String tenant) {
        return find("tenant", Sort.descending("admittedOn").and("clientId"), tenant);
    }

    /**
     * Serialises the transactions that touch one client's pool status until they end: admissions, trajectories and
     * placements arrive on different topics and are handled in parallel, and each must see the others' rows.
     */
    public void lockClient(UUID clientId) {
        getEntityManager().createNativeQuery("SELECT pg_advisory_xact_lock(?1)")
                .setParameter(1, clientId.getMostSignificantBits() ^ clientId.getLeastSignificantBits()).getSingleResult();
    }

    /** Every available candidate, fetched from the database in rounds rather than all at once (a million rows on rebuild). */
    public Stream<CandidateProfile> streamAvailable() {
        return find("poolStatus", PoolStatus.AVAILABLE).withHint(HibernateHints.HINT_FETCH_SIZE, FETCH_SIZE).stream();
    }

    public Optional<CandidateProfile> findInTenant(String tenant, UUID clientId) {
        return find("tenant = ?1 and clientId = ?2", tenant, clientId).firstResultOptional();
    }

    /** The profiles with these client ids; none for none. */
    public List<CandidateProfile> withIds(Collection<UUID> clientIds) {
        return clientIds.isEmpty() ? List.of() : list("clientId in ?1", clientIds);
    }
}
