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

    /** Pseudonymised journey facts for BI tools, produced by reporting-service, keyed by person pseudonym. */
    public static final String ANALYTICS = "opstap.analytics.v1";

    /** The dead-letter topic of one consuming service; holds the same data as its sources, so the same access rules apply. */
    public static String deadLetter(String consumingService) {
        return "opstap.dlq." + consumingService + ".v1";
    }

    private Topics() {
    }
}
