package nl.opstap.events;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Every event type Opstap publishes: its versioned type name, its topic and its payload record. */
public enum EventType {
    REFERRAL_RECEIVED("nl.opstap.referral.received.v1", Topics.INTAKE_CLIENT, ReferralReceived.class),
    CLIENT_ADMITTED("nl.opstap.client.admitted.v1", Topics.INTAKE_CLIENT, ClientAdmitted.class),
    CLIENT_REFERRED_BACK("nl.opstap.client.referred-back.v1", Topics.INTAKE_CLIENT, ClientReferredBack.class),
    BENEFIT_RESUMED("nl.opstap.benefit.resumed.v1", Topics.INTAKE_CLIENT, BenefitResumed.class),
    DEVELOPMENT_MEASURED("nl.opstap.development.measured.v1", Topics.INTAKE_CLIENT, DevelopmentMeasured.class),
    DATA_SUBJECT_REQUESTED("nl.opstap.data-subject.requested.v1", Topics.INTAKE_CLIENT, DataSubjectRequested.class),
    PROGRAMME_PUBLISHED("nl.opstap.programme.published.v1", Topics.TRAJECTORY_PROGRAMME, ProgrammePublished.class),
    TRAJECTORY_STARTED("nl.opstap.trajectory.started.v1", Topics.TRAJECTORY_TRAJECTORY, TrajectoryStarted.class),
    TRAJECTORY_PHASE_CHANGED("nl.opstap.trajectory.phase-changed.v1", Topics.TRAJECTORY_TRAJECTORY, TrajectoryPhaseChanged.class),
    TRAJECTORY_EXTENDED("nl.opstap.trajectory.extended.v1", Topics.TRAJECTORY_TRAJECTORY, TrajectoryExtended.class),
    TRAJECTORY_ENDED("nl.opstap.trajectory.ended.v1", Topics.TRAJECTORY_TRAJECTORY, TrajectoryEnded.class),
    AFTERCARE_ENDED("nl.opstap.aftercare.ended.v1", Topics.TRAJECTORY_TRAJECTORY, AftercareEnded.class),
    VACANCY_PUBLISHED("nl.opstap.vacancy.published.v1", Topics.EMPLOYER_VACANCY, VacancyPublished.class),
    VACANCY_CLOSED("nl.opstap.vacancy.closed.v1", Topics.EMPLOYER_VACANCY, VacancyClosed.class),
    IDENTITY_SHARING_CONSENTED("nl.opstap.identity-sharing.consented.v1", Topics.MATCHING_PLACEMENT, IdentitySharingConsented.class),
    TRIAL_PLACEMENT_STARTED("nl.opstap.trial-placement.started.v1", Topics.MATCHING_PLACEMENT, TrialPlacementStarted.class),
    CLIENT_PLACED("nl.opstap.client.placed.v1", Topics.MATCHING_PLACEMENT, ClientPlaced.class),
    PLACEMENT_ENDED("nl.opstap.placement.ended.v1", Topics.MATCHING_PLACEMENT, PlacementEnded.class),
    SROI_CONTRACT_SIGNED("nl.opstap.sroi.contract-signed.v1", Topics.EMPLOYER_SROI, SroiContractSigned.class),
    SROI_CREDITED("nl.opstap.sroi.credited.v1", Topics.EMPLOYER_SROI, SroiCredited.class),
    SROI_MANUALLY_CREDITED("nl.opstap.sroi.manually-credited.v1", Topics.EMPLOYER_SROI, SroiManuallyCredited.class),
    DATA_SUBJECT_REQUEST_COMPLETED("nl.opstap.data-subject.request-completed.v1", Topics.PRIVACY_COMPLETION,
            DataSubjectRequestCompleted.class),
    ANALYTICS_JOURNEY_FACT("nl.opstap.analytics.journey-fact.v1", Topics.ANALYTICS, AnalyticsJourneyFact.class);

    private static final Map<String, EventType> BY_TYPE = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(EventType::type, Function.identity()));

    private final String type;
    private final String topic;
    private final Class<? extends EventPayload> payloadClass;

    EventType(String type, String topic, Class<? extends EventPayload> payloadClass) {
        this.type = type;
        this.topic = topic;
        this.payloadClass = payloadClass;
    }

    public String type() {
        return type;
    }

    public String topic() {
        return topic;
    }

    public Class<? extends EventPayload> payloadClass() {
        return payloadClass;
    }

    /** The simple name used for schema and sample files, e.g. {@code ClientPlaced}. */
    public String schemaName() {
        return payloadClass.getSimpleName();
    }

    public static Optional<EventType> fromType(String type) {
        return Optional.ofNullable(BY_TYPE.get(type));
    }
}
