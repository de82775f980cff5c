package nl.opstap.trajectory.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nl.opstap.trajectory.domain.AftercareContact;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AftercareContact")
record AftercareContactView(UUID id, LocalDate contactOn, String kind, String notes, Instant recordedAt, String recordedBy) {
    static AftercareContactView of(AftercareContact c) {
        return new AftercareContactView(c.id, c.contactOn, c.kind, c.notes, c.recordedAt, c.recordedBy);
    }
}
