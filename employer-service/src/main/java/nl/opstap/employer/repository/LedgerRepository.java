package nl.opstap.employer.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
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

    public boolean hasPlacementMonth(UUID contractId, UUID placementId, String period) {
        return count("contractId = ?1 and placementId = ?2 and period = ?3", contractId, placementId, period) > 0;
    }
}
