package nl.opstap.trajectory.domain;

import java.time.LocalDate;

/** A goal as a coach writes it. */
public record GoalDraft(GoalCategory category, String description, String measurableTarget, LocalDate dueOn) {
}
