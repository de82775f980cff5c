package nl.opstap.trajectory.domain;

/**
 * Where a trajectory stands.
 * <pre>
 * ACTIVE --ClientPlaced--> IN_AFTERCARE --aftercare period closes--> CLOSED
 * ACTIVE --end with outcome / maximum duration reached--> ENDED
 * </pre>
 */
public enum TrajectoryStatus {
    ACTIVE,
    IN_AFTERCARE,
    ENDED,
    CLOSED;

    public boolean isRunning() {
        return this == ACTIVE || this == IN_AFTERCARE;
    }
}
