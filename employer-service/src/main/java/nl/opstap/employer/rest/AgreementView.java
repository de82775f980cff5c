package nl.opstap.employer.rest;

import java.util.UUID;
import nl.opstap.employer.domain.Agreement;

public record AgreementView(UUID id, String description, int perYear, int year, int realised) {

    static AgreementView of(Agreement a) {
        return new AgreementView(a.id, a.description, a.perYear, a.year, a.realised);
    }
}
