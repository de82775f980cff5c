package nl.opstap.employer.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;
import nl.opstap.employer.domain.Employer;
import nl.opstap.employer.repository.EmployerRepository;
import nl.opstap.support.problem.ProblemException;

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
            throw ProblemException.conflict("Employer with KvK number " + kvkNumber + " already exists: " + existing.id);
        });
        Employer employer = new Employer();
        employer.id = UUID.randomUUID();
        employer.tenant = tenant;
        employer.name = name;
        employer.kvkNumber = kvkNumber;
        employer.postcodeArea = postcodeArea;
        employer.sector = sector;
        employer.createdAt = clock.instant();
        employer.createdBy = createdBy;
        employers.persist(employer);
        return employer;
    }
}
