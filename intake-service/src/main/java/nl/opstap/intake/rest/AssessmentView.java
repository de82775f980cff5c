package nl.opstap.intake.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nl.opstap.intake.domain.Assessment;
import nl.opstap.intake.domain.Instrument;
import nl.opstap.intake.domain.InstrumentResult;
import nl.opstap.intake.service.AssessmentService;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One dated instrument result")
public record AssessmentView(UUID id, Instrument instrument, LocalDate assessedOn,
        @Schema(description = "The result, shaped as the instrument's request") InstrumentResult result, Instant recordedAt,
        String recordedBy) {
    static AssessmentView of(Assessment a) {
        return new AssessmentView(a.id, a.instrument, a.assessedOn, AssessmentService.resultOf(a), a.recordedAt, a.recordedBy);
    }
}
