package nl.opstap.intake.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.opstap.events.vocabulary.DataSubjectRight;
import nl.opstap.intake.domain.DataSubjectRequest;
import nl.opstap.intake.domain.DataSubjectRequest.Status;

@ApplicationScoped
public class DataSubjectRequestRepository implements PanacheRepositoryBase<DataSubjectRequest, UUID> {

    public Optional<DataSubjectRequest> findInTenant(String tenant, UUID id) {
        return find("tenant = ?1 and id = ?2", tenant, id).firstResultOptional();
    }

    /** A request of this kind for the client that is still being carried out, if any. */
    public Optional<DataSubjectRequest> inProgress(String tenant, UUID clientId, DataSubjectRight right) {
        return find("tenant = ?1 and clientId = ?2 and dataSubjectRight = ?3 and status = ?4", tenant, clientId, right, Status.IN_PROGRESS)
                .firstResultOptional();
    }

    /** Newest first; each filter is optional. */
    public PanacheQuery<DataSubjectRequest> search(String tenant, UUID clientId, DataSubjectRight right, Status status) {
        StringBuilder query = new StringBuilder("tenant = :tenant");
        Parameters parameters = Parameters.with("tenant", tenant);
        if (clientId != null) {
            query.append(" and clientId = :clientId");
            parameters.and("clientId", clientId);
        }
        if (right != null) {
            query.append(" and dataSubjectRight = :dataSubjectRight");
            parameters.and("dataSubjectRight", right);
        }
        if (status != null) {
            query.append(" and status = :status");
            parameters.and("status", status);
        }
        return find(query.toString(), Sort.descending("requestedAt", "id"), parameters);
    }

    /** The client's exports whose document can still be fetched. */
    public List<DataSubjectRequest> openExportsOf(String tenant, UUID clientId) {
        return list("tenant = ?1 and clientId = ?2 and exportPrivateKey is not null", tenant, clientId);
    }

    /** Exports whose document should be gone by now. */
    public List<DataSubjectRequest> exportsExpiredBy(Instant now) {
        return list("exportPrivateKey is not null and exportExpiresAt <= ?1", now);
    }
}
