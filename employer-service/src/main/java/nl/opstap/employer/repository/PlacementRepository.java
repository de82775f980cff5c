package nl.opstap.employer.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import nl.opstap.employer.domain.Placement;

@ApplicationScoped
public class PlacementRepository implements PanacheRepositoryBase<Placement, UUID> {

    /** Known placements with an employer that has a signed contract: the ones the accrual looks at. */
    public List<Placement> creditable() {
        return list("placedOn is not null and exists (select 1 from SroiContract c where c.tenant = tenant "
                + "and c.contractorEmployerId = employerId and c.status = nl.opstap.employer.domain.ContractStatus.SIGNED)");
    }
}
