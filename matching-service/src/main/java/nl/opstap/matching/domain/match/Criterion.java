package nl.opstap.matching.domain.match;

/** A ranking criterion, each scored 0 to 1000 and weighted per organisation. */
public enum Criterion {
    /** The vacancy's work type is one the candidate wishes. */
    WORK_TYPE,
    /** The candidate's competences against the levels the vacancy requires. */
    COMPETENCES,
    /** The candidate's interest scores for the vacancy's dominant RIASEC letters. */
    RIASEC,
    /** The share of the vacancy's wished certificates the candidate holds. */
    WISHED_CERTIFICATES
}
