package nl.opstap.intake.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.UUID;
import nl.opstap.intake.domain.Client;

@ApplicationScoped
public class ClientRepository implements PanacheRepositoryBase<Client, UUID> {

    /** The client whose BSN has one of these hashes (one per configured hash key, see {@code BsnVault#lookupHashes}). */
    public Optional<Client> findByBsnHash(String tenant, List<String> bsnHashes) {
        // A parameter per hash rather than one list parameter: Hibernate translates a query with a list parameter anew on
        // every call, a tenth of a referral's CPU (write-path benchmark, #12); this way each number of keys is translated once.
        if (bsnHashes.isEmpty()) {
            return Optional.empty();
        }
        StringJoiner anyHash = new StringJoiner(" or ", "(", ")");
        Object[] parameters = new Object[bsnHashes.size() + 1];
        parameters[0] = tenant;
        for (int i = 0; i < bsnHashes.size(); i++) {
            anyHash.add("bsnHash = ?" + (i + 2));
            parameters[i + 1] = bsnHashes.get(i);
        }
        return find("tenant = ?1 and " + anyHash, parameters).firstResultOptional();
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
