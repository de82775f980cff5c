package nl.opstap.trajectory.domain;

/** What happens when a trajectory reaches its maximum end date. */
public enum MaximumDurationRule {
    /** End it with outcome REFERRED_BACK (Pastiel: back to the municipality after 18 months). */
    END_REFERRED_BACK,
    /** Keep it running but flag it for the coach. */
    FLAG
}
