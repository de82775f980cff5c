package nl.opstap.events;

/**
 * Kafka topic names: one topic per aggregate stream. The version suffix changes only when a
 * topic's keying or retention changes, not when an event type gets a new version.
 */
public final class Topics {

    /** Referrals, admission decisions and benefit resumption, keyed by pseudonymous client id. */
    public static final String INTAKE_CLIENT = "opstap.intake.client.v1";
    /** Programme catalogue versions, keyed by programme id. */
    public static final String TRAJECTORY_PROGRAMME = "opstap.trajectory.programme.v1";
    /** Trajectory lifecycle, keyed by pseudonymous client id so one client's events stay in order. */
    public static final String TRAJECTORY_TRAJECTORY = "opstap.trajectory.trajectory.v1";
    /** Trial placements and placements, keyed by pseudonymous client id. */
    public static final String MATCHING_PLACEMENT = "opstap.matching.placement.v1";
    /** Vacancies, keyed by vacancy id. */
    public static final String EMPLOYER_VACANCY = "opstap.employer.vacancy.v1";
    /** SROI ledger credits, keyed by employer id. */
    public static final String EMPLOYER_SROI = "opstap.employer.sroi.v1";

    /**
     * Each service's answer to a data-subject request, keyed by request id, for intake-service alone. Export parts in it
     * are sealed for intake-service; the topic keeps its records for {@link #PRIVACY_COMPLETION_RETENTION_DAYS} days only.
     */
    public static final String PRIVACY_COMPLETION = "opstap.privacy.completion.v1";
    public static final int PRIVACY_COMPLETION_RETENTION_DAYS = 7;

    /** Pseudonymised journey facts for BI tools, produced by reporting-service, keyed by person pseudonym. */
    public static final String ANALYTICS = "opstap.analytics.v1";

    /** The dead-letter topic of one consuming service; holds the same data as its sources, so the same access rules apply. */
    public static String deadLetter(String consumingService) {
        return "opstap.dlq." + consumingService + ".v1";
    }

    private Topics() {
    }
}
