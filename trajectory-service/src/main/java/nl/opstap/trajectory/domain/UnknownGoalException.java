package nl.opstap.trajectory.domain;

/** A review reports progress on a goal the current plan does not have: a mistake in the input, answered like one at the edge. */
public class UnknownGoalException extends RuntimeException {

    private final int position;

    public UnknownGoalException(int position) {
        super("is not a goal of the current plan");
        this.position = position;
    }

    /** Where in the review's goal progress the unknown goal is, counted from 0. */
    public int position() {
        return position;
    }
}
