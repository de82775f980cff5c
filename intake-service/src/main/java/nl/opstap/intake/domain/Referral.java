package nl.opstap.intake.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nl.opstap.events.vocabulary.BenefitSituation;
import nl.opstap.events.vocabulary.TargetGroup;

/** A municipality's referral (aanmelding) of a client to the tenant. */
@Entity
@Table(name = "referral")
public class Referral {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String tenant;

    @Column(name = "client_id", nullable = false)
    public UUID clientId;

    @Column(name = "municipality_code", nullable = false)
    public String municipalityCode;

    @Column(name = "municipality_reference", nullable = false)
    public String municipalityReference;

    @Column(name = "idempotency_key")
    public String idempotencyKey;

    @Column(name = "request_fingerprint", nullable = false)
    public String requestFingerprint;

    @Enumerated(EnumType.STRING)
    @Column(name = "target_group", nullable = false)
    public TargetGroup targetGroup;

    @Enumerated(EnumType.STRING)
    @Column(name = "benefit_situation", nullable = false)
    public BenefitSituation benefitSituation;

    public String question;

    @Column(name = "indicated_programme_id")
    public UUID indicatedProgrammeId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ReferralStatus status;

    @Column(name = "status_reason")
    public String statusReason;

    @Column(name = "programme_id")
    public UUID programmeId;

    @Column(name = "intake_planned_on")
    public LocalDate intakePlannedOn;

    @Column(name = "decision_note")
    public String decisionNote;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    @Column(name = "status_changed_at", nullable = false)
    public Instant statusChangedAt;
}
