package nl.opstap.intake.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import nl.opstap.intake.domain.Assessment;
import nl.opstap.intake.domain.Instrument;

@ApplicationScoped
public class AssessmentRepository implements PanacheRepositoryBase<Assessment, UUID> {

    /** Oldest first, so a list reads as the client's development. */
    public List<Assessment> history(UUID clientId, Instrument instrument) {
        Sort order = Sort.by("assessedOn").and("recordedAt");
        return instrument == null
                ? list("clientId", order, clientId)
                : list("clientId = ?1 and instrument = ?2", order, clientId, instrument);
    }
}
