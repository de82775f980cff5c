package nl.opstap.trajectory.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A contact during aftercare (nazorg): a call, a visit at the employer, jobcoaching. */
@Entity
@Table(name = "aftercare_contact")
public class AftercareContact {

    @Id
    public UUID id;

    @Column(name = "trajectory_id", nullable = false)
    public UUID trajectoryId;

    @Column(name = "contact_on", nullable = false)
    public LocalDate contactOn;

    /** PHONE, VISIT_EMPLOYER, JOBCOACHING or OTHER. */
    @Column(nullable = false)
    public String kind;

    public String notes;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    /** A contact in aftercare, on a day between the placement and today. */
    public static AftercareContact record(Trajectory trajectory, LocalDate contactOn, String kind, String notes, String actor, Instant now,
            LocalDate today) {
        trajectory.requireWithinAftercare(contactOn, today);
        AftercareContact contact = new AftercareContact();
        contact.id = UUID.randomUUID();
        contact.trajectoryId = trajectory.id;
        contact.contactOn = contactOn;
        contact.kind = kind;
        contact.notes = notes;
        contact.recordedAt = now;
        contact.recordedBy = actor;
        return contact;
    }
}
