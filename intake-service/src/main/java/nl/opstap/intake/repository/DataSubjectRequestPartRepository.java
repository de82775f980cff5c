package nl.opstap.intake.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import nl.opstap.intake.domain.DataSubjectRequestPart;

@ApplicationScoped
public class DataSubjectRequestPartRepository implements PanacheRepositoryBase<DataSubjectRequestPart, DataSubjectRequestPart.Key> {

    public List<DataSubjectRequestPart> ofRequest(UUID requestId) {
        return list("key.requestId", Sort.ascending("key.service"), requestId);
    }

    /** The answers to several requests at once, e.g. a page of them. */
    public List<DataSubjectRequestPart> ofRequests(List<UUID> requestIds) {
        return requestIds.isEmpty() ? List.of() : list("key.requestId in ?1", Sort.ascending("key.service"), requestIds);
    }

    /** Deletes the sealed parts of an expired export: the answers (who, how many records) stay. */
    public void forgetExports(UUID requestId) {
        update("sealedExport = null where key.requestId = ?1", requestId);
    }
}
