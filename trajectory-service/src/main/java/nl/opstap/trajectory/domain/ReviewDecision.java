package nl.opstap.trajectory.domain;

/** The outcome of a progress review (voortgangsgesprek); GO / NO_GO at an explicit go/no-go moment. */
public enum ReviewDecision {
    CONTINUE,
    ADJUST_PLAN,
    STOP,
    GO,
    NO_GO
}
