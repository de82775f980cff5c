package nl.opstap.intake.rest;

import java.time.LocalDate;
import java.util.UUID;
import nl.opstap.intake.domain.Client;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The client's personal details; the BSN is never returned")
public record ClientView(UUID id, String givenNames, String familyName, LocalDate dateOfBirth, String phone, String email,
        String postcode) {
    static ClientView of(Client c) {
        return new ClientView(c.id, c.givenNames, c.familyName, c.dateOfBirth, c.phone, c.email, c.postcode);
    }
}
