package nl.opstap.intake.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.opstap.events.AftercareEnded;
import nl.opstap.events.ClientPlaced;
import nl.opstap.events.ClientProfile;
import nl.opstap.events.ProgrammePublished;
import nl.opstap.events.TrajectoryEnded;
import nl.opstap.events.vocabulary.AgeBand;
import nl.opstap.events.vocabulary.PhysicalLimit;
import nl.opstap.events.vocabulary.ReferBackReason;
import nl.opstap.intake.domain.Assessment;
import nl.opstap.intake.domain.Instrument;
import nl.opstap.intake.domain.InstrumentResult;
import nl.opstap.intake.domain.Programme;
import nl.opstap.intake.domain.ProgrammeFitEvaluator.ProgrammeFit;
import nl.opstap.intake.domain.ProgrammeFitEvaluator;
import nl.opstap.intake.domain.Referral;
import nl.opstap.intake.repository.ClientRepository;
import nl.opstap.intake.repository.ProgrammeRepository;
import nl.opstap.intake.repository.ReferralRepository;
import nl.opstap.support.domain.InvalidTransitionException;
import nl.opstap.support.domain.NotFoundException;
import nl.opstap.support.outbox.EventPublisher;
import nl.opstap.support.time.Netherlands;

/** The intake's decision: admit to a programme, or refer back to the municipality (terugmelding). */
@ApplicationScoped
public class AdmissionService {

    private final ReferralRepository referrals;
    private final ProgrammeRepository programmes;
    private final ClientRepository clients;
    private final AssessmentService assessments;
    private final EventPublisher events;
    private final Clock clock;

    AdmissionService(ReferralRepository referrals, ProgrammeRepository programmes, ClientRepository clients, AssessmentService assessments,
            EventPublisher events, Clock clock) {
        this.referrals = referrals;
        this.programmes = programmes;
        this.clients = clients;
        this.assessments = assessments;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Referral planIntake(String tenant, UUID referralId, LocalDate plannedOn, String by) {
        Referral referral = referrals.findInTenant(tenant, referralId).orElseThrow(() -> new NotFoundException("Referral", referralId));
        referral.planIntake(plannedOn, by, clock.instant());
        return referral;
    }

    /**
     * Admits the client to the newest version of a programme. A programme the client demonstrably does not
     * fit needs an explicit override reason: that is the waste the fit check exists to prevent.
     */
    @Transactional
    public Referral admit(String tenant, UUID clientId, UUID programmeId, String overrideReason, String note, LocalDate decidedOn, String by) {
        Referral referral = openReferral(tenant, clientId);
        Programme programme = programmes.latest(tenant, programmeId)
                .orElseThrow(() -> new NotFoundException("Programme", programmeId));
        ProgrammePublished definition = AssessmentService.programmeOf(programme.definition);
        Map<Instrument, Assessment> latest = assessments.latest(tenant, clientId);
        ProgrammeFit fit = ProgrammeFitEvaluator.evaluate(definition, assessments.facts(tenant, clientId, latest));
        // The age band, not the birth date, is what matching and SROI crediting need to know.
        AgeBand ageBand = clients.findInTenant(tenant, clientId).map(c -> AgeBand.of(c.dateOfBirth, Netherlands.today(clock))).orElse(null);
        events.publish(tenant, clientId, referral.admit(fit, overrideReason, note, by, decidedOrToday(decidedOn), clock.instant(),
                profile(latest), ageBand));
        return referral;
    }

    @Transactional
    public Referral referBack(String tenant, UUID clientId, ReferBackReason reason, String note, LocalDate decidedOn, String by) {
        Referral referral = openReferral(tenant, clientId);
        LocalDate decided = decidedOrToday(decidedOn);
        events.publish(tenant, clientId, referral.referBack(reason, note, by, decided, clock.instant()));
        clients.findInTenant(tenant, clientId).ifPresent(client -> client.careEnded(decided));
        return referral;
    }

    /** A decision taken today unless the consultant records one taken earlier. */
    private LocalDate decidedOrToday(LocalDate decidedOn) {
        return decidedOn == null ? Netherlands.today(clock) : decidedOn;
    }

    /**
     * trajectory-service reported the end: the municipality sees the outcome as the referral's status, and the
     * retention period starts (unless a placement's aftercare holds it).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void trajectoryEnded(String tenant, TrajectoryEnded ended) {
        referrals.latestOfClient(tenant, ended.clientId()).ifPresent(r -> r.trajectoryEnded(ended.outcome(), clock.instant()));
        clients.findInTenant(tenant, ended.clientId()).ifPresent(client -> client.careEnded(ended.endedOn()));
    }

    /** A placement starts aftercare: no retention period runs until it ends. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void placed(String tenant, ClientPlaced placed) {
        clients.findInTenant(tenant, placed.clientId()).ifPresent(client -> client.placed(placed.placedOn()));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void aftercareEnded(String tenant, AftercareEnded ended) {
        clients.findInTenant(tenant, ended.clientId()).ifPresent(client -> client.aftercareEnded(ended.endedOn()));
    }

    /** The client's latest referral, which a decision applies to, checked open before anything else is looked up. */
    private Referral openReferral(String tenant, UUID clientId) {
        assessments.requireClient(tenant, clientId);
        Referral referral = referrals.latestOfClient(tenant, clientId)
                .orElseThrow(() -> new InvalidTransitionException("The client has no referral to decide on"));
        referral.requireOpen();
        return referral;
    }

    /** The latest instrument values, as other services need them; no identity, no ZRM (health) details. */
    private static ClientProfile profile(Map<Instrument, Assessment> latest) {
        Integer ladder = null;
        Integer wageValue = null;
        ClientProfile.Competences competences = null;
        Map<String, Integer> riasec = null;
        List<String> workTypes = null;
        Integer hours = null;
        String postcodeArea = null;
        Integer travel = null;
        List<PhysicalLimit> limits = null;
        List<String> certificates = null;
        for (Assessment a : latest.values()) {
            InstrumentResult r = AssessmentService.resultOf(a);
            if (r instanceof InstrumentResult.ParticipationLadder l) {
                ladder = l.step();
            } else if (r instanceof InstrumentResult.WageValue w) {
                wageValue = w.percent();
            } else if (r instanceof InstrumentResult.Competences c) {
                competences = new ClientProfile.Competences(c.socialSkills(), c.motivation(), c.workSkills(), c.learningAttitude());
            } else if (r instanceof InstrumentResult.Riasec x) {
                riasec = x.scores();
            } else if (r instanceof InstrumentResult.WorkPreferences p) {
                workTypes = p.workTypes();
                hours = p.hoursPerWeek();
                postcodeArea = p.postcodeArea();
                travel = p.maxTravelMinutes();
            } else if (r instanceof InstrumentResult.PhysicalLimits p) {
                limits = p.limits();
            } else if (r instanceof InstrumentResult.Certificates c) {
                certificates = c.certificates();
            }
        }
        return new ClientProfile(ladder, wageValue, competences, riasec, workTypes, hours, postcodeArea, travel, limits, certificates);
    }
}
