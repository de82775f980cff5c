package nl.opstap.matching.domain.placement;

/** The evaluation of a trial placement: the employer hires, or it ends here. */
public enum TrialOutcome {
    HIRE,
    NO_HIRE
}
