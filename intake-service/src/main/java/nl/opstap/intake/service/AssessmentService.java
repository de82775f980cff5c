package nl.opstap.intake.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.opstap.events.ProgrammePublished;
import nl.opstap.events.vocabulary.CriterionAttribute;
import nl.opstap.intake.domain.Assessment;
import nl.opstap.intake.domain.Client;
import nl.opstap.intake.domain.ClientFact;
import nl.opstap.intake.domain.Instrument;
import nl.opstap.intake.domain.InstrumentResult;
import nl.opstap.intake.domain.IntakeInterview;
import nl.opstap.intake.domain.ProgrammeFitEvaluator.ProgrammeFit;
import nl.opstap.intake.domain.ProgrammeFitEvaluator;
import nl.opstap.intake.domain.Referral;
import nl.opstap.intake.repository.AssessmentRepository;
import nl.opstap.intake.repository.ClientRepository;
import nl.opstap.intake.repository.IntakeInterviewRepository;
import nl.opstap.intake.repository.ProgrammeRepository;
import nl.opstap.intake.repository.ReferralRepository;
import nl.opstap.support.domain.NotFoundException;
import nl.opstap.support.json.StoredJson;
import nl.opstap.support.outbox.EventPublisher;

/** Intake interviews and diagnosis instruments, and what they say about programme fit. */
@ApplicationScoped
public class AssessmentService {

    private final ClientRepository clients;
    private final ReferralRepository referrals;
    private final AssessmentRepository assessments;
    private final IntakeInterviewRepository interviews;
    private final ProgrammeRepository programmes;
    private final EventPublisher events;
    private final Clock clock;

    AssessmentService(ClientRepository clients, ReferralRepository referrals, AssessmentRepository assessments,
            IntakeInterviewRepository interviews, ProgrammeRepository programmes, EventPublisher events, Clock clock) {
        this.clients = clients;
        this.referrals = referrals;
        this.assessments = assessments;
        this.interviews = interviews;
        this.programmes = programmes;
        this.events = events;
        this.clock = clock;
    }

    /** The client in the caller's tenant; another tenant's client does not exist for the caller. */
    public Client client(String tenant, UUID clientId) {
        return clients.findInTenant(tenant, clientId).orElseThrow(() -> new NotFoundException("Client", clientId));
    }

    /** Fails with not-found unless the client exists in the caller's tenant. */
    public void requireClient(String tenant, UUID clientId) {
        client(tenant, clientId);
    }

    @Transactional
    public IntakeInterview recordInterview(String tenant, UUID clientId, LocalDate heldOn, String interviewer, int motivation,
            String notes, String recordedBy) {
        requireClient(tenant, clientId);
        IntakeInterview interview = IntakeInterview.record(tenant, clientId, heldOn, interviewer, motivation, notes, recordedBy,
                clock.instant());
        interviews.persist(interview);
        return interview;
    }

    @Transactional
    public List<IntakeInterview> interviews(String tenant, UUID clientId) {
        requireClient(tenant, clientId);
        return interviews.ofClient(clientId);
    }

    @Transactional
    public Assessment record(String tenant, UUID clientId, LocalDate assessedOn, InstrumentResult result, String recordedBy) {
        requireClient(tenant, clientId);
        Assessment assessment = Assessment.record(tenant, clientId, assessedOn, result, recordedBy, clock.instant());
        assessments.persist(assessment);
        Assessment.developmentMeasured(assessment, result).ifPresent(measured -> events.publish(tenant, clientId, measured));
        return assessment;
    }

    /** All assessments of a client (of one instrument, or all when null), oldest first. */
    @Transactional
    public List<Assessment> history(String tenant, UUID clientId, Instrument instrument) {
        requireClient(tenant, clientId);
        return assessments.history(clientId, instrument);
    }

    /** The latest result per instrument: the client's current profile. */
    @Transactional
    public Map<Instrument, Assessment> latest(String tenant, UUID clientId) {
        requireClient(tenant, clientId);
        Map<Instrument, Assessment> latest = new EnumMap<>(Instrument.class);
        assessments.history(clientId, null).forEach(a -> latest.put(a.instrument, a)); // oldest first: the last one wins
        return latest;
    }

    /** Every programme of the tenant, each with a verdict and a reason per criterion. */
    @Transactional
    public List<ProgrammeFit> programmeFit(String tenant, UUID clientId) {
        Map<CriterionAttribute, ClientFact> facts = facts(tenant, clientId);
        return programmes.latestForTenant(tenant).stream()
                .map(p -> ProgrammeFitEvaluator.evaluate(programmeOf(p.definition), facts))
                .toList();
    }

    @Transactional
    public Map<CriterionAttribute, ClientFact> facts(String tenant, UUID clientId) {
        return facts(tenant, clientId, latest(tenant, clientId));
    }

    /** The facts from a profile already loaded with {@link #latest}, plus the referral's. */
    @Transactional
    public Map<CriterionAttribute, ClientFact> facts(String tenant, UUID clientId, Map<Instrument, Assessment> latest) {
        Map<CriterionAttribute, ClientFact> facts = new EnumMap<>(CriterionAttribute.class);
        referrals.latestOfClient(tenant, clientId).ifPresent(r -> putReferralFacts(facts, r));
        for (Assessment a : latest.values()) {
            String source = a.instrument.name();
            InstrumentResult result = resultOf(a);
            if (result instanceof InstrumentResult.ParticipationLadder l) {
                facts.put(CriterionAttribute.PARTICIPATION_LADDER_STEP, fact(l.step(), source, a));
            } else if (result instanceof InstrumentResult.WageValue w) {
                facts.put(CriterionAttribute.WAGE_VALUE_PERCENT, fact(w.percent(), source, a));
            } else if (result instanceof InstrumentResult.Zrm z) {
                facts.put(CriterionAttribute.ZRM_LOWEST_SCORE, fact(z.lowestScore(), source, a));
            } else if (result instanceof InstrumentResult.Competences c) {
                facts.put(CriterionAttribute.SOCIAL_SKILLS, fact(c.socialSkills(), source, a));
                facts.put(CriterionAttribute.MOTIVATION, fact(c.motivation(), source, a));
                facts.put(CriterionAttribute.WORK_SKILLS, fact(c.workSkills(), source, a));
                facts.put(CriterionAttribute.LEARNING_ATTITUDE, fact(c.learningAttitude(), source, a));
            } else if (result instanceof InstrumentResult.InDepthDiagnosis d) {
                facts.put(CriterionAttribute.IN_DEPTH_DIAGNOSIS_NEEDED, fact(d.needed(), source, a));
            }
            // Interests, preferences, limits and certificates matter for matching, not for programme criteria.
        }
        // Nobody flagged an in-depth diagnosis: that is a fact too, not a gap.
        facts.putIfAbsent(CriterionAttribute.IN_DEPTH_DIAGNOSIS_NEEDED, new ClientFact("false", "not flagged", null));
        return facts;
    }

    private static void putReferralFacts(Map<CriterionAttribute, ClientFact> facts, Referral r) {
        LocalDate received = r.receivedOn;
        facts.put(CriterionAttribute.TARGET_GROUP, new ClientFact(r.targetGroup.name(), "referral", received));
        facts.put(CriterionAttribute.BENEFIT_SITUATION, new ClientFact(r.benefitSituation.name(), "referral", received));
    }

    private static ClientFact fact(Object value, String source, Assessment a) {
        return new ClientFact(String.valueOf(value), source, a.assessedOn);
    }

    public static InstrumentResult resultOf(Assessment assessment) {
        return StoredJson.read(assessment.result, InstrumentResult.typeOf(assessment.instrument));
    }

    static ProgrammePublished programmeOf(String definition) {
        return StoredJson.read(definition, ProgrammePublished.class);
    }
}
