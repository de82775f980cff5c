package nl.opstap.matching.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import nl.opstap.matching.domain.PoolStatus;
import nl.opstap.matching.domain.CandidateProfile;

@ApplicationScoped
public class CandidateProfileRepository implements PanacheRepositoryBase<CandidateProfile, UUID> {

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

    public Stream<CandidateProfile> streamAvailable() {
        return stream("poolStatus", PoolStatus.AVAILABLE);
    }

    public Optional<CandidateProfile> findInTenant(String tenant, UUID clientId) {
        return find("tenant = ?1 and clientId = ?2", tenant, clientId).firstResultOptional();
    }
}
