package nl.opstap.events.vocabulary;

/** What a vacancy offers. */
public enum PlacementKind {
    /** Proefplaatsing: trial placement with the employer's intention to hire. */
    TRIAL_PLACEMENT,
    /** Werkervaringsplek. */
    WORK_EXPERIENCE,
    /** A paid job. */
    JOB,
    /** A seasonal place lent to another employer of the same inclusive employers' network. */
    SEASONAL_LOAN
}
