package nl.opstap.intake.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.opstap.events.ClientAdmitted;
import nl.opstap.events.ClientProfile;
import nl.opstap.events.ClientReferredBack;
import nl.opstap.events.ProgrammePublished;
import nl.opstap.events.vocabulary.PhysicalLimit;
import nl.opstap.events.vocabulary.ReferBackReason;
import nl.opstap.events.vocabulary.TrajectoryOutcome;
import nl.opstap.intake.domain.Assessment;
import nl.opstap.intake.domain.Instrument;
import nl.opstap.intake.domain.InstrumentResult;
import nl.opstap.intake.domain.Programme;
import nl.opstap.intake.domain.ProgrammeFitEvaluator;
import nl.opstap.intake.domain.ProgrammeFitEvaluator.Outcome;
import nl.opstap.intake.domain.ProgrammeFitEvaluator.ProgrammeFit;
import nl.opstap.intake.domain.ProgrammeFitEvaluator.Verdict;
import nl.opstap.intake.domain.Referral;
import nl.opstap.intake.domain.ReferralStatus;
import nl.opstap.intake.repository.ProgrammeRepository;
import nl.opstap.intake.repository.ReferralRepository;
import nl.opstap.support.outbox.EventPublisher;
import nl.opstap.support.problem.Problem;
import nl.opstap.support.problem.ProblemException;
import nl.opstap.support.problem.ProblemType;
import nl.opstap.support.time.Netherlands;

/** The intake's decision: admit to a programme, or refer back to the municipality (terugmelding). */
@ApplicationScoped
public class AdmissionService {

    private static final Set<ReferralStatus> OPEN = EnumSet.of(ReferralStatus.RECEIVED, ReferralStatus.INTAKE_PLANNED);

    private final ReferralRepository referrals;
    private final ProgrammeRepository programmes;
    private final AssessmentService assessments;
    private final EventPublisher events;
    private final Clock clock;

    AdmissionService(ReferralRepository referrals, ProgrammeRepository programmes, AssessmentService assessments, EventPublisher events,
            Clock clock) {
        this.referrals = referrals;
        this.programmes = programmes;
        this.assessments = assessments;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Referral planIntake(String tenant, UUID referralId, LocalDate plannedOn, String by) {
        Referral referral = referrals.findInTenant(tenant, referralId).orElseThrow(() -> ProblemException.notFound("Referral", referralId));
        requireOpen(referral);
        referral.status = ReferralStatus.INTAKE_PLANNED;
        referral.intakePlannedOn = plannedOn;
        referral.decidedBy = by;
        referral.statusChangedAt = clock.instant();
        return referral;
    }

    /**
     * Admits the client to the newest version of a programme. A programme the client demonstrably does not
     * fit needs an explicit override reason: that is the waste the fit check exists to prevent.
     */
    @Transactional
    public Referral admit(String tenant, UUID clientId, UUID programmeId, String overrideReason, String note, String by) {
        Referral referral = openReferral(tenant, clientId);
        Programme programme = programmes.latest(tenant, programmeId)
                .orElseThrow(() -> ProblemException.notFound("Programme", programmeId));
        ProgrammePublished definition = AssessmentService.programmeOf(programme.definition);
        Map<Instrument, Assessment> latest = assessments.latest(tenant, clientId);
        ProgrammeFit fit = ProgrammeFitEvaluator.evaluate(definition, assessments.facts(tenant, clientId, latest));
        if (fit.verdict() == Verdict.DOES_NOT_FIT && (overrideReason == null || overrideReason.isBlank())) {
            List<Problem.Violation> failed = fit.criteria().stream()
                    .filter(c -> c.outcome() == Outcome.NOT_MET)
                    .map(c -> new Problem.Violation("criteria." + c.code(), c.explanation()))
                    .toList();
            throw new ProblemException(ProblemType.BUSINESS_RULE,
                    "The client does not fit programme '" + definition.name() + "'; give an overrideReason to admit anyway", failed);
        }
        LocalDate today = Netherlands.today(clock);
        referral.status = ReferralStatus.ADMITTED;
        referral.programmeId = programmeId;
        referral.statusReason = fit.verdict() == Verdict.DOES_NOT_FIT ? "ADMITTED_WITH_OVERRIDE" : null;
        referral.decisionNote = overrideReason == null || overrideReason.isBlank() ? note : "Override: " + overrideReason
                + (note == null ? "" : "\n" + note);
        referral.decidedBy = by;
        referral.statusChangedAt = clock.instant();

        events.publish(tenant, clientId, new ClientAdmitted(clientId, referral.id, referral.municipalityCode, programmeId,
                programme.key.version(), today, referral.targetGroup, referral.benefitSituation, profile(latest)));
        return referral;
    }

    @Transactional
    public Referral referBack(String tenant, UUID clientId, ReferBackReason reason, String note, String by) {
        Referral referral = openReferral(tenant, clientId);
        referral.status = ReferralStatus.REFERRED_BACK;
        referral.statusReason = reason.name();
        referral.decisionNote = note;
        referral.decidedBy = by;
        referral.statusChangedAt = clock.instant();
        events.publish(tenant, clientId, new ClientReferredBack(clientId, referral.id, referral.municipalityCode, reason,
                Netherlands.today(clock)));
        return referral;
    }

    /** trajectory-service reported the end: the municipality sees the outcome as the referral's status. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void trajectoryEnded(String tenant, UUID clientId, TrajectoryOutcome outcome) {
        referrals.latestOfClient(tenant, clientId)
                .filter(r -> r.status == ReferralStatus.ADMITTED)
                .ifPresent(r -> {
                    r.status = ReferralStatus.TRAJECTORY_ENDED;
                    r.statusReason = outcome.name();
                    r.statusChangedAt = clock.instant();
                });
    }

    private Referral openReferral(String tenant, UUID clientId) {
        assessments.client(tenant, clientId);
        Referral referral = referrals.latestOfClient(tenant, clientId)
                .orElseThrow(() -> ProblemException.conflict("The client has no referral to decide on"));
        requireOpen(referral);
        return referral;
    }

    private static void requireOpen(Referral referral) {
        if (!OPEN.contains(referral.status)) {
            throw ProblemException.conflict("Referral " + referral.id + " is " + referral.status + "; a decision needs RECEIVED or INTAKE_PLANNED");
        }
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
