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
        return list("tenant = ?1 and key.version = (select max(p.key.version) from Programme p where p.key.programmeId = key.programmeId)",
                Sort.by("name"), tenant);
    }

    public Optional<Programme> latest(String tenant, UUID programmeId) {
        return find("tenant = ?1 and key.programmeId = ?2", Sort.descending("key.version"), tenant, programmeId).firstResultOptional();
    }
}
