package nl.opstap.employer.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import nl.opstap.employer.domain.Employer;
import nl.opstap.employer.repository.EmployerRepository;
import nl.opstap.support.domain.InvalidTransitionException;

@ApplicationScoped
public class EmployerService {

    private final EmployerRepository employers;
    private final Clock clock;

    EmployerService(EmployerRepository employers, Clock clock) {
        this.employers = employers;
        this.clock = clock;
    }

    /** Registers an employer once per tenant and KvK number. */
    @Transactional
    public Employer register(String tenant, String createdBy, String name, String kvkNumber, String postcodeArea, String sector) {
        employers.findByKvk(tenant, kvkNumber).ifPresent(existing -> {
            throw new InvalidTransitionException("Employer with KvK number " + kvkNumber + " already exists: " + existing.id);
        });
        Employer employer = Employer.register(tenant, name, kvkNumber, postcodeArea, sector, createdBy, clock.instant());
        employers.persist(employer);
        return employer;
    }
}
