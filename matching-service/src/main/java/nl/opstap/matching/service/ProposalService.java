package nl.opstap.matching.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import nl.opstap.matching.domain.CandidateProfile;
import nl.opstap.matching.domain.PoolStatus;
import nl.opstap.matching.domain.Vacancy;
import nl.opstap.matching.domain.placement.PlacementContract;
import nl.opstap.matching.domain.placement.PlacementEndReason;
import nl.opstap.matching.domain.placement.Proposal;
import nl.opstap.matching.domain.placement.RejectionReason;
import nl.opstap.matching.domain.placement.TrialOutcome;
import nl.opstap.matching.repository.CandidateProfileRepository;
import nl.opstap.matching.repository.ProposalRepository;
import nl.opstap.matching.repository.VacancyRepository;
import nl.opstap.support.domain.InvalidTransitionException;
import nl.opstap.support.domain.NotFoundException;
import nl.opstap.support.domain.RuleViolationException;
import nl.opstap.support.outbox.EventPublisher;
import nl.opstap.support.time.Netherlands;

/**
 * The placement workflow. Each step changes the proposal and stores its event (keyed by client id) in the same
 * transaction; the pool learns of placements from the topic like every other reader.
 */
@ApplicationScoped
public class ProposalService {

    private final ProposalRepository proposals;
    private final VacancyRepository vacancies;
    private final CandidateProfileRepository candidates;
    private final EventPublisher events;
    private final Clock clock;

    ProposalService(ProposalRepository proposals, VacancyRepository vacancies, CandidateProfileRepository candidates,
            EventPublisher events, Clock clock) {
        this.proposals = proposals;
        this.vacancies = vacancies;
        this.candidates = candidates;
        this.events = events;
        this.clock = clock;
    }

    /** Proposes an available candidate for an open vacancy of the same organisation, once at a time. */
    @Transactional
    public Proposal propose(String tenant, String by, UUID vacancyId, UUID clientId, String note) {
        Vacancy vacancy = vacancies.findPublished(tenant, vacancyId).orElseThrow(() -> new NotFoundException("Vacancy", vacancyId));
        if (vacancy.closedOn != null) {
            throw new InvalidTransitionException("Vacancy " + vacancyId + " is closed since " + vacancy.closedOn);
        }
        CandidateProfile candidate = candidate(tenant, clientId);
        candidates.lockClient(clientId);
        if (candidate.poolStatus != PoolStatus.AVAILABLE) {
            throw new InvalidTransitionException("Candidate " + clientId + " is not in the pool: " + candidate.poolStatus);
        }
        proposals.openFor(vacancyId, clientId).ifPresent(open -> {
            throw new InvalidTransitionException("Candidate " + clientId + " is proposed for this vacancy already: proposal " + open.id
                    + " is " + open.stage);
        });
        Proposal proposal = Proposal.propose(vacancy, candidate, note, by, clock.instant());
        proposals.persist(proposal);
        return proposal;
    }

    @Transactional
    public Proposal recordConsent(String tenant, String by, UUID id, LocalDate consentedOn) {
        if (consentedOn.isAfter(Netherlands.today(clock))) {
            throw new RuleViolationException("consentedOn lies in the future");
        }
        Proposal proposal = get(tenant, id);
        events.publish(tenant, proposal.clientId, proposal.recordConsent(consentedOn, by, clock.instant()));
        return proposal;
    }

    @Transactional
    public Proposal withdraw(String tenant, UUID id) {
        Proposal proposal = get(tenant, id);
        proposal.withdraw(clock.instant());
        return proposal;
    }

    @Transactional
    public Proposal showInterest(String tenant, UUID employerId, UUID id) {
        Proposal proposal = ofEmployer(tenant, employerId, id);
        proposal.showInterest(clock.instant());
        return proposal;
    }

    @Transactional
    public Proposal reject(String tenant, UUID employerId, UUID id, RejectionReason reason, String note) {
        Proposal proposal = ofEmployer(tenant, employerId, id);
        proposal.reject(reason, note, clock.instant());
        return proposal;
    }

    @Transactional
    public Proposal startTrial(String tenant, UUID id, LocalDate startsOn, LocalDate plannedEndOn) {
        Proposal proposal = get(tenant, id);
        events.publish(tenant, proposal.clientId, proposal.startTrial(startsOn, plannedEndOn, clock.instant()));
        return proposal;
    }

    @Transactional
    public Proposal evaluateTrial(String tenant, UUID id, TrialOutcome outcome, LocalDate evaluatedOn, String evaluation) {
        if (evaluatedOn.isAfter(Netherlands.today(clock))) {
            throw new RuleViolationException("evaluatedOn lies in the future");
        }
        Proposal proposal = get(tenant, id);
        proposal.evaluateTrial(outcome, evaluatedOn, evaluation, clock.instant());
        return proposal;
    }

    /** Places the candidate; one placement per candidate at a time, whichever vacancy it is for. */
    @Transactional
    public Proposal place(String tenant, UUID id, PlacementContract contract) {
        Proposal proposal = get(tenant, id);
        // Serialises with the pool's own updates and with a second placement of the same candidate.
        candidates.lockClient(proposal.clientId);
        proposals.placementOf(tenant, proposal.clientId).ifPresent(other -> {
            throw new InvalidTransitionException("Candidate " + proposal.clientId + " is placed already, through proposal " + other.id);
        });
        CandidateProfile candidate = candidate(tenant, proposal.clientId);
        if (candidate.poolStatus == PoolStatus.TRAJECTORY_ENDED) {
            throw new InvalidTransitionException("Candidate " + proposal.clientId + " has no running trajectory");
        }
        events.publish(tenant, proposal.clientId, proposal.place(contract, candidate, clock.instant()));
        return proposal;
    }

    @Transactional
    public Proposal endPlacement(String tenant, UUID id, PlacementEndReason reason, LocalDate endedOn) {
        Proposal proposal = get(tenant, id);
        events.publish(tenant, proposal.clientId, proposal.endPlacement(reason, endedOn, clock.instant()));
        return proposal;
    }

    public Proposal get(String tenant, UUID id) {
        return proposals.findInTenant(tenant, id).orElseThrow(() -> new NotFoundException("Proposal", id));
    }

    public Proposal ofEmployer(String tenant, UUID employerId, UUID id) {
        return proposals.findForEmployer(tenant, employerId, id).orElseThrow(() -> new NotFoundException("Proposal", id));
    }

    private CandidateProfile candidate(String tenant, UUID clientId) {
        return candidates.findInTenant(tenant, clientId).orElseThrow(() -> new NotFoundException("Candidate", clientId));
    }
}
