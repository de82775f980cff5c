package nl.opstap.trajectory.domain;

public enum GoalStatus {
    OPEN,
    ACHIEVED,
    DROPPED
}
