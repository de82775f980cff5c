package nl.opstap.trajectory.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;
import nl.opstap.trajectory.domain.ProgrammeVersion;

@ApplicationScoped
public class ProgrammeVersionRepository implements PanacheRepositoryBase<ProgrammeVersion, ProgrammeVersion.Key> {

    /** The newest version of every programme of the tenant. */
    public PanacheQuery<ProgrammeVersion> latestForTenant(String tenant) {
        // Aliases on both sides: an unqualified path inside the subquery would bind to the inner entity.
        return find("from ProgrammeVersion latest where latest.tenant = ?1 and latest.key.version = (select max(p.key.version) "
                + "from ProgrammeVersion p where p.key.programmeId = latest.key.programmeId)", Sort.by("name").and("key.programmeId"), tenant);
    }

    public Optional<ProgrammeVersion> latest(String tenant, UUID programmeId) {
        return find("tenant = ?1 and key.programmeId = ?2", Sort.descending("key.version"), tenant, programmeId).firstResultOptional();
    }
}
