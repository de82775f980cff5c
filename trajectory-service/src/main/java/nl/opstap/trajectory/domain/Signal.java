package nl.opstap.trajectory.domain;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * A reason to look at a trajectory now: what case workers say they miss against lock-in and silent
 * drop-out. Computed from the trajectory and today's date only, so it appears and disappears as time moves.
 */
public record Signal(Kind kind, String reason) {

    public enum Kind { OVERDUE_REVIEW, APPROACHING_MAXIMUM_END, MAXIMUM_END_PASSED, NO_RECENT_ACTIVITY, EXPIRED_GOAL }

    /** A goal of the current plan that is still open: what, and by when. */
    public record OpenGoal(String description, LocalDate dueOn) {
    }

    public static List<Signal> of(Trajectory t, List<OpenGoal> openGoals, LocalDate today, LocalDate lastActivityOn,
            Period approachingEnd, Period inactivity) {
        List<Signal> signals = new ArrayList<>();
        if (t.status != TrajectoryStatus.ACTIVE) {
            return signals;
        }
        if (t.nextReviewOn != null && t.nextReviewOn.isBefore(today)) {
            signals.add(new Signal(Kind.OVERDUE_REVIEW, "Review was due on " + t.nextReviewOn + ", "
                    + ChronoUnit.DAYS.between(t.nextReviewOn, today) + " day(s) ago"));
        }
        if (t.plannedEndOn.isBefore(today)) {
            signals.add(new Signal(Kind.MAXIMUM_END_PASSED, "Maximum end date " + t.plannedEndOn + " has passed"));
        } else if (!t.plannedEndOn.isAfter(today.plus(approachingEnd))) {
            signals.add(new Signal(Kind.APPROACHING_MAXIMUM_END, "Maximum end date " + t.plannedEndOn + " is in "
                    + ChronoUnit.DAYS.between(today, t.plannedEndOn) + " day(s)"));
        }
        if (lastActivityOn.isBefore(today.minus(inactivity))) {
            signals.add(new Signal(Kind.NO_RECENT_ACTIVITY, "Nothing recorded since " + lastActivityOn));
        }
        for (OpenGoal goal : openGoals) {
            if (goal.dueOn().isBefore(today)) {
                signals.add(new Signal(Kind.EXPIRED_GOAL, "Goal '" + goal.description() + "' was due on " + goal.dueOn()));
            }
        }
        return signals;
    }
}
