package nl.opstap.intake.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.opstap.intake.domain.Client;

@ApplicationScoped
public class ClientRepository implements PanacheRepositoryBase<Client, UUID> {

    /** The client whose BSN has one of these hashes (one per configured hash key, see {@code BsnVault#lookupHashes}). */
    public Optional<Client> findByBsnHash(String tenant, List<String> bsnHashes) {
        return find("tenant = ?1 and bsnHash in ?2", tenant, bsnHashes).firstResultOptional();
    }

    /** The client, unless unknown in this organisation or erased: an erased client is not found anywhere. */
    public Optional<Client> findInTenant(String tenant, UUID id) {
        return find("tenant = ?1 and id = ?2 and erasedAt is null", tenant, id).firstResultOptional();
    }

    /** Organisations with clients whose care has ended and who are not erased yet. */
    public List<String> tenantsWithCareEnded() {
        return getEntityManager().createQuery("select distinct c.tenant from Client c where c.erasedAt is null "
                + "and c.careEndedOn is not null order by c.tenant", String.class).getResultList();
    }

    /**
     * Clients of the organisation whose retention period may have run out: care ended on or before {@code endedBy}, no
     * aftercare running, not erased; longest ended first.
     */
    public List<Client> retentionCandidates(String tenant, LocalDate endedBy, int limit) {
        return find("tenant = ?1 and erasedAt is null and inAftercare = false and careEndedOn <= ?2", Sort.ascending("careEndedOn", "id"),
                tenant, endedBy).page(Page.ofSize(limit)).list();
    }
}
