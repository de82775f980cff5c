package nl.opstap.employer.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.UUID;
import nl.opstap.employer.domain.LedgerEntry;

@ApplicationScoped
public class LedgerRepository implements PanacheRepositoryBase<LedgerEntry, UUID> {

    /** In period order, oldest first, as a ledger reads. */
    public PanacheQuery<LedgerEntry> ofContract(UUID contractId) {
        return find("contractId", Sort.by("period").and("creditedAt").and("id"), contractId);
    }

    public long realisedCents(UUID contractId) {
        Long sum = getEntityManager().createQuery("select coalesce(sum(e.amountCents), 0) from LedgerEntry e where e.contractId = ?1",
                Long.class).setParameter(1, contractId).getSingleResult();
        return sum;
    }

    /** The months (yyyy-MM) a placement has been credited on a contract. */
    public Set<String> creditedPeriods(UUID contractId, UUID placementId) {
        return Set.copyOf(getEntityManager().createQuery("select e.period from LedgerEntry e where e.contractId = ?1 and e.placementId = ?2",
                String.class).setParameter(1, contractId).setParameter(2, placementId).getResultList());
    }
}
