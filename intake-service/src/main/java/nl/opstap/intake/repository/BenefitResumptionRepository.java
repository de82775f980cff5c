package nl.opstap.intake.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.UUID;
import nl.opstap.intake.domain.BenefitResumption;

@ApplicationScoped
public class BenefitResumptionRepository implements PanacheRepositoryBase<BenefitResumption, UUID> {

    public boolean exists(UUID clientId, LocalDate resumedOn) {
        return count("clientId = ?1 and resumedOn = ?2", clientId, resumedOn) > 0;
    }
}
