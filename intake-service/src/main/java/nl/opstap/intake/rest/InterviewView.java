package nl.opstap.intake.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nl.opstap.intake.domain.IntakeInterview;

public record InterviewView(UUID id, LocalDate heldOn, String interviewer, int motivation, String notes, Instant recordedAt,
        String recordedBy) {
    static InterviewView of(IntakeInterview i) {
        return new InterviewView(i.id, i.heldOn, i.interviewer, i.motivation, i.notes, i.recordedAt, i.recordedBy);
    }
}
