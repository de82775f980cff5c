package nl.opstap.intake.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An intake interview (intakegesprek) with the client. */
@Entity
@Table(name = "intake_interview")
public class IntakeInterview {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String tenant;

    @Column(name = "client_id", nullable = false)
    public UUID clientId;

    @Column(name = "held_on", nullable = false)
    public LocalDate heldOn;

    @Column(nullable = false)
    public String interviewer;

    /** The client's motivation as the interviewer judged it, 1 to 5. */
    @Column(nullable = false)
    public int motivation;

    public String notes;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    /** An intake interview as held; kept as it was recorded. */
    public static IntakeInterview record(String tenant, UUID clientId, LocalDate heldOn, String interviewer, int motivation,
            String notes, String recordedBy, Instant now) {
        IntakeInterview interview = new IntakeInterview();
        interview.id = UUID.randomUUID();
        interview.tenant = tenant;
        interview.clientId = clientId;
        interview.heldOn = heldOn;
        interview.interviewer = interviewer;
        interview.motivation = motivation;
        interview.notes = notes;
        interview.recordedAt = now;
        interview.recordedBy = recordedBy;
        return interview;
    }
}
