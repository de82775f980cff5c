package nl.opstap.employer.rest;

import java.time.Instant;
import java.util.UUID;
import nl.opstap.employer.domain.Employer;

public record EmployerView(UUID id, String name, String kvkNumber, String postcodeArea, String sector, Instant createdAt) {
    static EmployerView of(Employer e) {
        return new EmployerView(e.id, e.name, e.kvkNumber, e.postcodeArea, e.sector, e.createdAt);
    }
}
