package nl.opstap.intake.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.opstap.intake.domain.Programme;

@ApplicationScoped
public class ProgrammeRepository implements PanacheRepositoryBase<Programme, Programme.Key> {

    /** The newest version of each of the tenant's programmes: admissions always use the newest. */
    public List<Programme> latestForTenant(String tenant) {
        // Aliases on both sides: an unqualified path inside the subquery would bind to the inner entity.
        return list("from Programme latest where latest.tenant = ?1 and latest.key.version = "
                + "(select max(p.key.version) from Programme p where p.key.programmeId = latest.key.programmeId)", Sort.by("name"), tenant);
    }

    public Optional<Programme> latest(String tenant, UUID programmeId) {
        return find("tenant = ?1 and key.programmeId = ?2", Sort.descending("key.version"), tenant, programmeId).firstResultOptional();
    }
}
