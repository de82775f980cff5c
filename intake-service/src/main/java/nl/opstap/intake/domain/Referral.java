package nl.opstap.intake.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.opstap.events.ClientAdmitted;
import nl.opstap.events.ClientProfile;
import nl.opstap.events.ClientReferredBack;
import nl.opstap.events.ProgrammePublished;
import nl.opstap.events.ReferralReceived;
import nl.opstap.events.vocabulary.AgeBand;
import nl.opstap.events.vocabulary.BenefitSituation;
import nl.opstap.events.vocabulary.ReferBackReason;
import nl.opstap.events.vocabulary.TargetGroup;
import nl.opstap.events.vocabulary.TrajectoryOutcome;
import nl.opstap.intake.domain.ProgrammeFitEvaluator.ProgrammeFit;
import nl.opstap.intake.domain.ProgrammeFitEvaluator.Verdict;
import nl.opstap.support.domain.InvalidTransitionException;
import nl.opstap.support.domain.ResultWithEvents;
import nl.opstap.support.domain.RuleViolationException;
import nl.opstap.support.time.Netherlands;

/**
 * A municipality's referral (aanmelding) of a client to the tenant, and the intake's decision on it. The
 * referral owns its transitions: each checks that the referral is still open and returns the event it causes.
 */
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

    /** The day the municipality sent the referral; the day it was recorded unless the municipality said otherwise. */
    @Column(name = "received_on", nullable = false)
    public LocalDate receivedOn;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    /** The day of the admission or referral-back decision, which may lie before it was recorded. */
    @Column(name = "decided_on")
    public LocalDate decidedOn;

    @Column(name = "status_changed_at", nullable = false)
    public Instant statusChangedAt;

    private static final Set<ReferralStatus> OPEN = EnumSet.of(ReferralStatus.RECEIVED, ReferralStatus.INTAKE_PLANNED);

    /** A new referral of {@code clientId}, recorded now; received on the day the request names, or today. */
    public static ResultWithEvents<Referral> receive(String tenant, UUID clientId, String municipalityCode, String idempotencyKey,
            String requestFingerprint, NewReferral request, Instant now) {
        Referral r = new Referral();
        r.id = UUID.randomUUID();
        r.tenant = tenant;
        r.clientId = clientId;
        r.municipalityCode = municipalityCode;
        r.municipalityReference = request.municipalityReference();
        r.idempotencyKey = idempotencyKey;
        r.requestFingerprint = requestFingerprint;
        r.targetGroup = request.targetGroup();
        r.benefitSituation = request.benefitSituation();
        r.question = request.question();
        r.indicatedProgrammeId = request.indicatedProgrammeId();
        r.status = ReferralStatus.RECEIVED;
        r.receivedOn = request.receivedOn() == null ? Netherlands.dateOf(now) : request.receivedOn();
        r.receivedAt = now;
        r.statusChangedAt = now;
        return new ResultWithEvents<>(r, List.of(new ReferralReceived(r.id, clientId, municipalityCode, r.targetGroup,
                r.benefitSituation, r.indicatedProgrammeId, r.receivedOn)));
    }

    /** The same municipal reference or idempotency key may be sent again, but only with the same content. */
    public void requireSameContent(String fingerprint) {
        if (!requestFingerprint.equals(fingerprint)) {
            throw new InvalidTransitionException("A referral with this municipality reference or idempotency key already exists"
                    + " with different content (referral " + id + ")");
        }
    }

    public void planIntake(LocalDate plannedOn, String by, Instant now) {
        requireOpen();
        status = ReferralStatus.INTAKE_PLANNED;
        intakePlannedOn = plannedOn;
        decidedBy = by;
        statusChangedAt = now;
    }

    /**
     * Admits the client to the programme the fit was evaluated for. A client who demonstrably does not fit
     * needs an override reason: that is the waste the fit check exists to prevent.
     */
    public ClientAdmitted admit(ProgrammeFit fit, String overrideReason, String note, String by, LocalDate decidedOn, Instant now,
            ClientProfile profile, AgeBand ageBand) {
        requireOpen();
        requireDecisionDate(decidedOn, now);
        boolean overridden = fit.verdict() == Verdict.DOES_NOT_FIT;
        boolean hasReason = overrideReason != null && !overrideReason.isBlank();
        if (overridden && !hasReason) {
            throw new ProgrammeMismatchException(fit);
        }
        ProgrammePublished programme = fit.programme();
        status = ReferralStatus.ADMITTED;
        programmeId = programme.programmeId();
        statusReason = overridden ? "ADMITTED_WITH_OVERRIDE" : null;
        decisionNote = hasReason ? "Override: " + overrideReason + (note == null ? "" : "\n" + note) : note;
        decide(by, decidedOn, now);
        return new ClientAdmitted(clientId, id, municipalityCode, programmeId, programme.version(), decidedOn, targetGroup,
                benefitSituation, profile, ageBand);
    }

    /** Terugmelding: the client goes back to the municipality with a reason. */
    public ClientReferredBack referBack(ReferBackReason reason, String note, String by, LocalDate decidedOn, Instant now) {
        requireOpen();
        requireDecisionDate(decidedOn, now);
        status = ReferralStatus.REFERRED_BACK;
        statusReason = reason.name();
        decisionNote = note;
        decide(by, decidedOn, now);
        return new ClientReferredBack(clientId, id, municipalityCode, reason, decidedOn);
    }

    /**
     * The trajectory the admission started has ended: the municipality sees the outcome as the referral's status.
     *
     * @return false when the referral was not (or no longer) admitted, so there is nothing to record
     */
    public boolean trajectoryEnded(TrajectoryOutcome outcome, Instant now) {
        if (status != ReferralStatus.ADMITTED) {
            return false;
        }
        status = ReferralStatus.TRAJECTORY_ENDED;
        statusReason = outcome.name();
        statusChangedAt = now;
        return true;
    }

    public boolean isOpen() {
        return OPEN.contains(status);
    }

    public void requireOpen() {
        if (!isOpen()) {
            throw new InvalidTransitionException("Referral " + id + " is " + status + "; a decision needs RECEIVED or INTAKE_PLANNED");
        }
    }

    /** A decision is taken between the day the referral came in and today. */
    private void requireDecisionDate(LocalDate decidedOn, Instant now) {
        if (decidedOn.isBefore(receivedOn) || decidedOn.isAfter(Netherlands.dateOf(now))) {
            throw new RuleViolationException("decidedOn must lie between the day the referral was received (" + receivedOn + ") and today");
        }
    }

    private void decide(String by, LocalDate on, Instant now) {
        decidedBy = by;
        decidedOn = on;
        statusChangedAt = now;
    }
}
