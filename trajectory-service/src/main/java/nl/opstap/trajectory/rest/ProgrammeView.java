package nl.opstap.trajectory.rest;

import java.time.Instant;
import java.util.UUID;
import nl.opstap.trajectory.domain.ProgrammeDefinition;
import nl.opstap.trajectory.domain.ProgrammeVersion;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A published programme version")
public record ProgrammeView(UUID programmeId, int version, Instant publishedAt, String publishedBy, ProgrammeDefinition definition) {

    static ProgrammeView of(ProgrammeVersion v) {
        return new ProgrammeView(v.key.programmeId(), v.key.version(), v.publishedAt, v.publishedBy, v.rules());
    }
}
