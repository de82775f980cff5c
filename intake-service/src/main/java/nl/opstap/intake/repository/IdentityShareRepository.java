package nl.opstap.intake.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;
import nl.opstap.intake.domain.IdentityShare;

@ApplicationScoped
public class IdentityShareRepository implements PanacheRepositoryBase<IdentityShare, UUID> {

    /** The share for one proposal, only if it was granted to this employer of this tenant. */
    public Optional<IdentityShare> findFor(String tenant, UUID employerId, UUID proposalId) {
        return find("tenant = ?1 and employerId = ?2 and proposalId = ?3", tenant, employerId, proposalId).firstResultOptional();
    }

    public Optional<IdentityShare> findInTenant(String tenant, UUID proposalId) {
        return find("tenant = ?1 and proposalId = ?2", tenant, proposalId).firstResultOptional();
    }
}
