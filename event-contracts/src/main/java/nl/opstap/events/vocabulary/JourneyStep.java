package nl.opstap.events.vocabulary;

/** The step of a client's journey an analytics fact reports. */
public enum JourneyStep {
    REFERRED,
    ADMITTED,
    REFERRED_BACK,
    TRAJECTORY_STARTED,
    TRAJECTORY_ENDED,
    PLACED,
    PLACEMENT_ENDED,
    AFTERCARE_ENDED,
    BENEFIT_RESUMED
}
