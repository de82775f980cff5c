package nl.opstap.employer.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.opstap.employer.domain.ContactPerson;
import nl.opstap.employer.domain.Employer;

public record EmployerView(UUID id, String name, String kvkNumber, String postcodeArea, String sector, String sbiCode,
        List<String> locations, List<String> networks, List<ContactPerson> contactPersons, Instant createdAt) {

    static EmployerView of(Employer e) {
        return new EmployerView(e.id, e.name, e.kvkNumber, e.postcodeArea, e.sector, e.sbiCode, List.copyOf(e.locations),
                List.copyOf(e.networks), e.contactPersons(), e.createdAt);
    }
}
