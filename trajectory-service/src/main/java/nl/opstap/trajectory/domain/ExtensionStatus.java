package nl.opstap.trajectory.domain;

public enum ExtensionStatus {
    /** Within policy, waiting for the second person's approval. */
    REQUESTED,
    APPROVED,
    REFUSED
}
