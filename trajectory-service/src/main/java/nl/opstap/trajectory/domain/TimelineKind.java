package nl.opstap.trajectory.domain;

/** What a timeline entry records. Stored and returned by name: renaming a constant changes the API and the stored history. */
public enum TimelineKind {
    STARTED,
    COACH_ASSIGNED,
    PHASE_CHANGED,
    PLAN_VERSION,
    PLAN_SIGNED,
    GOAL_STATUS,
    REVIEW,
    EXTENSION_REQUESTED,
    EXTENDED,
    EXTENSION_REFUSED,
    ENDED,
    AFTERCARE_STARTED,
    AFTERCARE_CONTACT,
    PLACEMENT_ENDED,
    AFTERCARE_ENDED,
    MAXIMUM_END_PASSED
}
