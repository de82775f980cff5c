package nl.opstap.trajectory.domain;

import static nl.opstap.trajectory.domain.DomainFixtures.NOW;
import static nl.opstap.trajectory.domain.DomainFixtures.START;
import static nl.opstap.trajectory.domain.DomainFixtures.activeTrajectory;
import static nl.opstap.trajectory.domain.DomainFixtures.programme;
import static nl.opstap.trajectory.domain.DomainFixtures.trajectoryInAftercare;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.opstap.support.domain.InvalidTransitionException;
import org.junit.jupiter.api.Test;

/** A progress review: when it may be held, what it does to the goals and to the next review. */
class ReviewTest {

    private static final LocalDate HELD_ON = START.plusWeeks(4);
    private static final List<Review.Participant> PARTICIPANTS = List.of(new Review.Participant(Review.ParticipantRole.CLIENT, "client"),
            new Review.Participant(Review.ParticipantRole.COACH, "uw-consultant"));

    private final Trajectory trajectory = activeTrajectory();
    private final DevelopmentPlan plan = DevelopmentPlan.write(trajectory, Optional.empty(), GoalCategory.DEVELOPMENT,
            List.of(new GoalDraft(GoalCategory.DEVELOPMENT, "Op tijd komen", "4 weken niet te laat", START.plusWeeks(2))), "uw-consultant", NOW)
            .orElseThrow();

    private Review record(List<Review.GoalProgress> progress, LocalDate heldOn, LocalDate nextReviewOn) {
        return Review.record(trajectory, Optional.of(plan), programme(), heldOn, PARTICIPANTS, progress, ReviewDecision.CONTINUE,
                nextReviewOn, null, "uw-consultant", NOW, HELD_ON);
    }

    @Test
    void shouldTakeTheNextReviewFromTheProgrammesScheduleByDefault() {
        Review review = record(List.of(), HELD_ON, null);

        assertEquals(START.plusWeeks(13), review.nextReviewOn);
        assertEquals(START.plusWeeks(13), trajectory.nextReviewOn);
    }

    @Test
    void shouldKeepAGivenNextReview() {
        Review review = record(List.of(), HELD_ON, HELD_ON.plusWeeks(2));
        assertEquals(HELD_ON.plusWeeks(2), trajectory.nextReviewOn);
        assertEquals(HELD_ON.plusWeeks(2), review.nextReviewOn);
    }

    @Test
    void shouldMoveTheGoalsItReportsProgressOn() {
        PlanGoal goal = plan.goals.get(0);

        record(List.of(new Review.GoalProgress(goal.id, GoalStatus.ACHIEVED, "Gelukt")), HELD_ON, null);

        assertEquals(GoalStatus.ACHIEVED, goal.status);
    }

    @Test
    void shouldLeaveAGoalAloneWhenProgressGivesNoStatus() {
        PlanGoal goal = plan.goals.get(0);
        record(List.of(new Review.GoalProgress(goal.id, null, "Gaat goed")), HELD_ON, null);
        assertEquals(GoalStatus.OPEN, goal.status);
    }

    @Test
    void shouldNameTheProgressItemWithAGoalTheCurrentPlanDoesNotHave() {
        List<Review.GoalProgress> progress = List.of(new Review.GoalProgress(plan.goals.get(0).id, null, null),
                new Review.GoalProgress(UUID.randomUUID(), GoalStatus.ACHIEVED, null));

        UnknownGoalException e = assertThrows(UnknownGoalException.class, () -> record(progress, HELD_ON, null));
        assertEquals(1, e.position());
    }

    @Test
    void shouldRefuseAReviewHeldBeforeTheStartOrInTheFuture() {
        assertThrows(DateOutOfRangeException.class, () -> record(List.of(), START.minusDays(1), null));
        assertThrows(DateOutOfRangeException.class, () -> record(List.of(), HELD_ON.plusDays(1), null));
    }

    @Test
    void shouldRefuseAReviewUnlessActive() {
        Trajectory inAftercare = trajectoryInAftercare();
        assertThrows(InvalidTransitionException.class, () -> Review.record(inAftercare, Optional.empty(), programme(), HELD_ON, PARTICIPANTS,
                List.of(), ReviewDecision.CONTINUE, null, null, "uw-consultant", NOW, HELD_ON));
    }
}
