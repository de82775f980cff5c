package nl.opstap.matching.domain.placement;

/** Where a proposal of one candidate for one vacancy stands. The last four are final. */
public enum ProposalStage {
    /** The account manager proposed the candidate; the employer sees an anonymous profile. */
    PROPOSED,
    /** The employer wants to meet the candidate. */
    INTERESTED,
    /** A trial placement (proefplaatsing) runs. */
    TRIAL_PLACEMENT,
    /** The candidate works for the employer. */
    PLACED,
    /** The employer declined, with a reason code. */
    REJECTED,
    /** The account manager took the proposal back. */
    WITHDRAWN,
    /** The trial placement ended without a hire. */
    TRIAL_ENDED,
    /** The placement ended, with a reason. */
    PLACEMENT_ENDED;

    public boolean isFinal() {
        return this == REJECTED || this == WITHDRAWN || this == TRIAL_ENDED || this == PLACEMENT_ENDED;
    }
}
