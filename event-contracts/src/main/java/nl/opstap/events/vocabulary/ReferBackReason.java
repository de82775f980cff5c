package nl.opstap.events.vocabulary;

/** Why a client goes back to the municipality (terugmelding). Free text stays in the owning service. */
public enum ReferBackReason {
    NOT_IN_TARGET_GROUP,
    LADDER_STEP_OUT_OF_RANGE,
    PSYCHIATRIC_COMPLAINTS,
    DANGER_TO_OTHERS,
    DIRECTLY_EMPLOYABLE,
    BEHAVIOUR_PROBLEMS,
    NO_MOTIVATION,
    NO_FITTING_PROGRAMME,
    MAXIMUM_DURATION_REACHED,
    OTHER
}
