package nl.opstap.matching.domain.placement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nl.opstap.events.ClientPlaced;
import nl.opstap.events.IdentitySharingConsented;
import nl.opstap.events.PlacementEnded;
import nl.opstap.events.TrialPlacementStarted;
import nl.opstap.events.vocabulary.AgeBand;
import nl.opstap.events.vocabulary.ContractType;
import nl.opstap.matching.domain.CandidateProfile;
import nl.opstap.matching.domain.Vacancy;
import nl.opstap.support.domain.InvalidTransitionException;
import nl.opstap.support.domain.RuleViolationException;

/**
 * One candidate proposed for one vacancy, from the proposal to the end of the placement it may become. The employer
 * knows it by its id only; the client's identity is shared with the employer once the client's consent is recorded,
 * and a trial placement or placement needs that consent, because from then on the employer meets the person.
 */
@Entity
@Table(name = "proposal")
public class Proposal {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String tenant;

    @Column(name = "vacancy_id", nullable = false)
    public UUID vacancyId;

    @Column(name = "employer_id", nullable = false)
    public UUID employerId;

    @Column(name = "client_id", nullable = false)
    public UUID clientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ProposalStage stage;

    public String note;

    @Column(name = "proposed_by", nullable = false)
    public String proposedBy;

    @Column(name = "proposed_at", nullable = false)
    public Instant proposedAt;

    @Column(name = "consented_on")
    public LocalDate consentedOn;

    @Column(name = "consent_recorded_by")
    public String consentRecordedBy;

    @Column(name = "consent_recorded_at")
    public Instant consentRecordedAt;

    @Column(name = "employer_responded_at")
    public Instant employerRespondedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "rejection_reason")
    public RejectionReason rejectionReason;

    @Column(name = "rejection_note")
    public String rejectionNote;

    @Column(name = "trial_placement_id")
    public UUID trialPlacementId;

    @Column(name = "trial_starts_on")
    public LocalDate trialStartsOn;

    @Column(name = "trial_planned_end_on")
    public LocalDate trialPlannedEndOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "trial_outcome")
    public TrialOutcome trialOutcome;

    @Column(name = "trial_evaluated_on")
    public LocalDate trialEvaluatedOn;

    @Column(name = "trial_evaluation")
    public String trialEvaluation;

    @Column(name = "placement_id")
    public UUID placementId;

    @Enumerated(EnumType.STRING)
    @Column(name = "contract_type")
    public ContractType contractType;

    @Column(name = "hours_per_week")
    public Integer hoursPerWeek;

    @Column(name = "placed_on")
    public LocalDate placedOn;

    @Column(name = "contract_ends_on")
    public LocalDate contractEndsOn;

    @Column(name = "placement_ended_on")
    public LocalDate placementEndedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "placement_end_reason")
    public PlacementEndReason placementEndReason;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** Guards against two people moving the same proposal at once: the second gets a conflict, not a lost update. */
    @Version
    public long version;

    public static Proposal propose(Vacancy vacancy, CandidateProfile candidate, String note, String by, Instant now) {
        Proposal p = new Proposal();
        p.id = UUID.randomUUID();
        p.tenant = vacancy.tenant;
        p.vacancyId = vacancy.vacancyId;
        p.employerId = vacancy.employerId;
        p.clientId = candidate.clientId;
        p.stage = ProposalStage.PROPOSED;
        p.note = note;
        p.proposedBy = by;
        p.proposedAt = now;
        p.updatedAt = now;
        return p;
    }

    public boolean identityShared() {
        return consentedOn != null;
    }

    /** Records the client's consent to share name and contact with this employer; once, and not after the end. */
    public IdentitySharingConsented recordConsent(LocalDate consentedOn, String by, Instant now) {
        requireOpen("record consent");
        if (identityShared()) {
            throw new InvalidTransitionException("Consent for proposal " + id + " was recorded already, on " + this.consentedOn);
        }
        this.consentedOn = consentedOn;
        consentRecordedBy = by;
        consentRecordedAt = now;
        updatedAt = now;
        return new IdentitySharingConsented(id, clientId, vacancyId, employerId, consentedOn);
    }

    public void showInterest(Instant now) {
        requireStage("show interest", ProposalStage.PROPOSED);
        stage = ProposalStage.INTERESTED;
        employerRespondedAt = now;
        updatedAt = now;
    }

    /** The employer declines; possible until a trial placement or placement starts. */
    public void reject(RejectionReason reason, String note, Instant now) {
        requireStage("reject", ProposalStage.PROPOSED, ProposalStage.INTERESTED);
        stage = ProposalStage.REJECTED;
        rejectionReason = reason;
        rejectionNote = note;
        employerRespondedAt = now;
        updatedAt = now;
    }

    public void withdraw(Instant now) {
        requireStage("withdraw", ProposalStage.PROPOSED, ProposalStage.INTERESTED);
        stage = ProposalStage.WITHDRAWN;
        updatedAt = now;
    }

    public TrialPlacementStarted startTrial(LocalDate startsOn, LocalDate plannedEndOn, Instant now) {
        requireStage("start a trial placement", ProposalStage.INTERESTED);
        requireConsent("start a trial placement");
        if (!plannedEndOn.isAfter(startsOn)) {
            throw new RuleViolationException("plannedEndOn must lie after startsOn");
        }
        stage = ProposalStage.TRIAL_PLACEMENT;
        trialPlacementId = UUID.randomUUID();
        trialStartsOn = startsOn;
        trialPlannedEndOn = plannedEndOn;
        updatedAt = now;
        return new TrialPlacementStarted(trialPlacementId, clientId, vacancyId, employerId, startsOn, plannedEndOn);
    }

    /** Records how the trial went; without a hire the proposal ends here. */
    public void evaluateTrial(TrialOutcome outcome, LocalDate evaluatedOn, String evaluation, Instant now) {
        requireStage("evaluate the trial placement", ProposalStage.TRIAL_PLACEMENT);
        if (trialOutcome != null) {
            throw new InvalidTransitionException("The trial placement of proposal " + id + " was evaluated already: " + trialOutcome);
        }
        if (evaluatedOn.isBefore(trialStartsOn)) {
            throw new RuleViolationException("evaluatedOn lies before the trial placement started (" + trialStartsOn + ")");
        }
        trialOutcome = outcome;
        trialEvaluatedOn = evaluatedOn;
        trialEvaluation = evaluation;
        if (outcome == TrialOutcome.NO_HIRE) {
            stage = ProposalStage.TRIAL_ENDED;
        }
        updatedAt = now;
    }

    /** Places the candidate: straight after the employer's interest, or after a trial placement evaluated as a hire. */
    public ClientPlaced place(PlacementContract contract, CandidateProfile candidate, Instant now) {
        requireStage("place", ProposalStage.INTERESTED, ProposalStage.TRIAL_PLACEMENT);
        if (stage == ProposalStage.TRIAL_PLACEMENT && trialOutcome != TrialOutcome.HIRE) {
            throw new InvalidTransitionException("The trial placement of proposal " + id + " has no evaluation with outcome HIRE yet");
        }
        requireConsent("place");
        boolean fixedTerm = contract.contractType() == ContractType.FIXED_TERM;
        if (fixedTerm && contract.endsOn() == null) {
            throw new RuleViolationException("endsOn is required for a FIXED_TERM contract");
        }
        if (contract.endsOn() != null && !contract.endsOn().isAfter(contract.startsOn())) {
            throw new RuleViolationException("endsOn must lie after startsOn");
        }
        stage = ProposalStage.PLACED;
        placementId = UUID.randomUUID();
        contractType = contract.contractType();
        hoursPerWeek = contract.hoursPerWeek();
        placedOn = contract.startsOn();
        contractEndsOn = contract.endsOn();
        updatedAt = now;
        return new ClientPlaced(placementId, clientId, vacancyId, employerId, contractType, hoursPerWeek, candidate.targetGroup,
                candidate.ageBand == AgeBand.FROM_55, placedOn);
    }

    public PlacementEnded endPlacement(PlacementEndReason reason, LocalDate endedOn, Instant now) {
        requireStage("end the placement", ProposalStage.PLACED);
        if (endedOn.isBefore(placedOn)) {
            throw new RuleViolationException("endedOn lies before the placement started (" + placedOn + ")");
        }
        stage = ProposalStage.PLACEMENT_ENDED;
        placementEndedOn = endedOn;
        placementEndReason = reason;
        updatedAt = now;
        return new PlacementEnded(placementId, clientId, employerId, reason.name(), endedOn);
    }

    private void requireOpen(String action) {
        if (stage.isFinal()) {
            throw new InvalidTransitionException("Cannot " + action + ": proposal " + id + " is " + stage);
        }
    }

    private void requireConsent(String action) {
        if (!identityShared()) {
            throw new InvalidTransitionException("Cannot " + action + ": the client's consent to share identity with the employer "
                    + "is not recorded for proposal " + id);
        }
    }

    private void requireStage(String action, ProposalStage... allowed) {
        for (ProposalStage s : allowed) {
            if (stage == s) {
                return;
            }
        }
        throw new InvalidTransitionException("Cannot " + action + ": proposal " + id + " is " + stage);
    }
}
