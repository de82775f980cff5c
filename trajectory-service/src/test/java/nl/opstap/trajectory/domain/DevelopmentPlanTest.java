package nl.opstap.trajectory.domain;

import static nl.opstap.trajectory.domain.DomainFixtures.NOW;
import static nl.opstap.trajectory.domain.DomainFixtures.START;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.opstap.support.domain.InvalidTransitionException;
import nl.opstap.support.domain.NotFoundException;
import nl.opstap.support.domain.RuleViolationException;
import nl.opstap.support.time.Netherlands;
import org.junit.jupiter.api.Test;

/** Versions, signatures and goal progress of a development plan. */
class DevelopmentPlanTest {

    private static final LocalDate TODAY = Netherlands.dateOf(NOW);

    private static final GoalDraft STAMINA = new GoalDraft(GoalCategory.DEVELOPMENT, "Zes uur per dag volhouden", "4 weken, 3 dagen per week",
            START.plusWeeks(8));
    private static final GoalDraft CV = new GoalDraft(GoalCategory.LABOUR_MARKET_CHANCES, "CV en sollicitatiebrief", "CV klaar",
            START.plusWeeks(3));

    private final Trajectory trajectory = DomainFixtures.activeTrajectory();

    private DevelopmentPlan first(GoalDraft... goals) {
        return DevelopmentPlan.write(trajectory, Optional.empty(), GoalCategory.LABOUR_MARKET_CHANCES, List.of(goals), "uw-consultant", NOW)
                .orElseThrow();
    }

    @Test
    void shouldStartAtVersionOneWithOpenGoalsInOrderAndUnsigned() {
        DevelopmentPlan plan = first(STAMINA, CV);

        assertEquals(1, plan.planVersion);
        assertEquals(List.of("Zes uur per dag volhouden", "CV en sollicitatiebrief"), plan.goals.stream().map(g -> g.description).toList());
        assertEquals(List.of(0, 1), plan.goals.stream().map(g -> g.position).toList());
        assertTrue(plan.goals.stream().allMatch(g -> g.status == GoalStatus.OPEN));
        assertFalse(plan.isSigned());
    }

    @Test
    void shouldMakeNoNewVersionForTheSameContent() {
        DevelopmentPlan plan = first(STAMINA, CV);
        plan.setGoalStatus(plan.goals.get(1).id, GoalStatus.ACHIEVED);

        assertTrue(DevelopmentPlan.write(trajectory, Optional.of(plan), GoalCategory.LABOUR_MARKET_CHANCES, List.of(STAMINA, CV),
                "uw-consultant", NOW).isEmpty(), "progress on a goal is no change of what was agreed");
    }

    @Test
    void shouldMakeANewVersionForAMaterialChange() {
        DevelopmentPlan plan = first(STAMINA, CV);
        GoalDraft longer = new GoalDraft(GoalCategory.DEVELOPMENT, "Zes uur per dag volhouden", "6 weken, 4 dagen per week", START.plusWeeks(8));

        assertEquals(2, DevelopmentPlan.write(trajectory, Optional.of(plan), GoalCategory.DEVELOPMENT, List.of(STAMINA, CV), "x", NOW)
                .orElseThrow().planVersion, "another priority");
        assertEquals(2, DevelopmentPlan.write(trajectory, Optional.of(plan), GoalCategory.LABOUR_MARKET_CHANCES, List.of(longer, CV), "x", NOW)
                .orElseThrow().planVersion, "another measurable target");
        assertEquals(2, DevelopmentPlan.write(trajectory, Optional.of(plan), GoalCategory.LABOUR_MARKET_CHANCES, List.of(STAMINA), "x", NOW)
                .orElseThrow().planVersion, "a goal less");
    }

    @Test
    void shouldChangeOnlyWhileTheTrajectoryIsActive() {
        Trajectory inAftercare = DomainFixtures.trajectoryInAftercare();
        assertThrows(InvalidTransitionException.class, () -> DevelopmentPlan.write(inAftercare, Optional.empty(), GoalCategory.DEVELOPMENT,
                List.of(STAMINA), "uw-consultant", NOW));
    }

    @Test
    void shouldBeSignedOnceBothClientAndCoachSigned() {
        DevelopmentPlan plan = first(STAMINA);

        plan.signForClient(SignatureMethod.ON_PAPER, TODAY, "uw-consultant", NOW, TODAY);
        assertFalse(plan.isSigned());
        plan.signForCoach("uw-jobcoach", NOW);

        assertTrue(plan.isSigned());
        assertEquals(SignatureMethod.ON_PAPER, plan.clientSignatureMethod);
        assertEquals(TODAY, plan.clientSignedOn);
        assertEquals("uw-consultant", plan.clientSignedBy);
        assertEquals("uw-jobcoach", plan.coachSignedBy);
    }

    @Test
    void shouldRefuseASecondSignatureOfTheSameSide() {
        DevelopmentPlan plan = first(STAMINA);
        plan.signForCoach("uw-jobcoach", NOW);
        plan.signForClient(SignatureMethod.DIGITAL, TODAY, "uw-consultant", NOW, TODAY);

        InvalidTransitionException coach = assertThrows(InvalidTransitionException.class, () -> plan.signForCoach("uw-jobcoach", NOW));
        assertEquals("The coach already signed plan v1", coach.getMessage());
        InvalidTransitionException client = assertThrows(InvalidTransitionException.class,
                () -> plan.signForClient(SignatureMethod.DIGITAL, TODAY, "uw-consultant", NOW, TODAY));
        assertEquals("The client already signed plan v1", client.getMessage());
    }

    @Test
    void shouldRefuseAClientSignatureDatedAfterTodayOrBeforeThePlanExisted() {
        DevelopmentPlan plan = first(STAMINA);

        assertThrows(RuleViolationException.class,
                () -> plan.signForClient(SignatureMethod.ON_PAPER, TODAY.plusDays(1), "uw-consultant", NOW, TODAY));
        assertThrows(RuleViolationException.class,
                () -> plan.signForClient(SignatureMethod.ON_PAPER, Netherlands.dateOf(NOW).minusDays(1), "uw-consultant", NOW, TODAY));
        assertNull(plan.clientSignedAt);
    }

    @Test
    void shouldSetAGoalsStatusAndNotFindAnUnknownGoal() {
        DevelopmentPlan plan = first(STAMINA);
        PlanGoal goal = plan.setGoalStatus(plan.goals.get(0).id, GoalStatus.DROPPED);
        assertEquals(GoalStatus.DROPPED, goal.status);
        assertThrows(NotFoundException.class, () -> plan.setGoalStatus(UUID.randomUUID(), GoalStatus.ACHIEVED));
    }
}
