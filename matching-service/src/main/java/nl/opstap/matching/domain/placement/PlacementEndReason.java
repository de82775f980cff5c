package nl.opstap.matching.domain.placement;

/** Why a placement ended; published as the reason code of PlacementEnded. */
public enum PlacementEndReason {
    CONTRACT_ENDED,
    DISMISSED,
    RESIGNED,
    PROJECT_ENDED,
    PERMANENT_CONTRACT_ELSEWHERE,
    OTHER
}
