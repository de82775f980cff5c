package nl.opstap.employer.rest;

import java.time.LocalDate;
import java.util.UUID;
import nl.opstap.employer.domain.ContactMoment;

public record ContactMomentView(UUID id, LocalDate contactedOn, String accountManager, String subject, String nextStep) {

    static ContactMomentView of(ContactMoment m) {
        return new ContactMomentView(m.id, m.contactedOn, m.accountManager, m.subject, m.nextStep);
    }
}
