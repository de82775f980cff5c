package nl.opstap.employer.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import nl.opstap.employer.domain.Placement;

@ApplicationScoped
public class PlacementRepository implements PanacheRepositoryBase<Placement, UUID> {

    /** Every known placement with each signed contract of its employer: what the accrual looks at. */
    public List<CreditablePair> creditable() {
        return getEntityManager().createQuery("select new nl.opstap.employer.repository.CreditablePair(p.placementId, c.id) "
                + "from Placement p, SroiContract c where p.placedOn is not null and c.tenant = p.tenant "
                + "and c.contractorEmployerId = p.employerId and c.status = nl.opstap.employer.domain.ContractStatus.SIGNED "
                + "order by p.placementId, c.id", CreditablePair.class).getResultList();
    }
}
