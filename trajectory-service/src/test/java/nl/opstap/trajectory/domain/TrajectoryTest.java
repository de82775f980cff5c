package nl.opstap.trajectory.domain;

import static nl.opstap.trajectory.domain.DomainFixtures.NOW;
import static nl.opstap.trajectory.domain.DomainFixtures.START;
import static nl.opstap.trajectory.domain.DomainFixtures.activeTrajectory;
import static nl.opstap.trajectory.domain.DomainFixtures.placement;
import static nl.opstap.trajectory.domain.DomainFixtures.programme;
import static nl.opstap.trajectory.domain.DomainFixtures.trajectoryInAftercare;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.opstap.events.AftercareEnded;
import nl.opstap.events.ClientAdmitted;
import nl.opstap.events.EventPayload;
import nl.opstap.events.TrajectoryEnded;
import nl.opstap.events.TrajectoryExtended;
import nl.opstap.events.TrajectoryPhaseChanged;
import nl.opstap.events.TrajectoryStarted;
import nl.opstap.events.vocabulary.BenefitSituation;
import nl.opstap.events.vocabulary.ContractType;
import nl.opstap.events.vocabulary.TargetGroup;
import nl.opstap.events.vocabulary.TrajectoryOutcome;
import nl.opstap.support.domain.InvalidTransitionException;
import nl.opstap.support.domain.ResultWithEvents;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Every transition of a trajectory and the rules that guard it, without Quarkus. */
class TrajectoryTest {

    private static final LocalDate TODAY = START.plusWeeks(6);

    @Nested
    class Start {

        @Test
        void shouldStartActiveInTheFirstPhaseWithMaximumEndAndFirstReviewFromTheProgramme() {
            ClientAdmitted admitted = new ClientAdmitted(UUID.randomUUID(), UUID.randomUUID(), "GM0344", UUID.randomUUID(), 2, START,
                    TargetGroup.PARTICIPATIEWET, BenefitSituation.RETAINED_BENEFIT, null, null);

            ResultWithEvents<Trajectory> started = Trajectory.start("uw", admitted, programme(), NOW);

            Trajectory t = started.aggregate();
            assertEquals(TrajectoryStatus.ACTIVE, t.status);
            assertEquals("preparation", t.phase);
            assertEquals(START.plusMonths(6), t.plannedEndOn);
            assertEquals(START.plusWeeks(4), t.nextReviewOn);
            assertEquals(NOW, t.lastActivityAt);
            assertEquals(List.of(new TrajectoryStarted(t.id, admitted.clientId(), admitted.programmeId(), 2, "preparation", START,
                    START.plusMonths(6))), started.events());
        }
    }

    @Nested
    class AssignCoach {

        @Test
        void shouldAssignACoachWhileActiveAndInAftercare() {
            Trajectory active = activeTrajectory();
            active.assignCoach("uw-jobcoach");
            assertEquals("uw-jobcoach", active.coach);

            Trajectory inAftercare = trajectoryInAftercare();
            inAftercare.assignCoach("uw-consultant");
            assertEquals("uw-consultant", inAftercare.coach);
        }

        @Test
        void shouldRefuseACoachOnceEnded() {
            Trajectory t = activeTrajectory();
            t.end(TrajectoryOutcome.EDUCATION, TODAY, null, TODAY);
            assertThrows(InvalidTransitionException.class, () -> t.assignCoach("uw-jobcoach"));
        }
    }

    @Nested
    class ChangePhase {

        @Test
        void shouldMoveToAnotherPhaseAndSaySo() {
            Trajectory t = activeTrajectory();

            List<EventPayload> events = t.changePhase("work-experience", programme(), TODAY);

            assertEquals("work-experience", t.phase);
            assertEquals(List.of(new TrajectoryPhaseChanged(t.id, t.clientId, "preparation", "work-experience", TODAY)), events);
        }

        @Test
        void shouldRefuseAPhaseTheProgrammeDoesNotHave() {
            Trajectory t = activeTrajectory();
            UnknownPhaseException e = assertThrows(UnknownPhaseException.class, () -> t.changePhase("nowhere", programme(), TODAY));
            assertEquals("must be one of the programme's phases [preparation, work-experience, outflow]", e.getMessage());
            assertEquals("preparation", t.phase);
        }

        @Test
        void shouldRefuseThePhaseItIsAlreadyIn() {
            Trajectory t = activeTrajectory();
            assertThrows(InvalidTransitionException.class, () -> t.changePhase("preparation", programme(), TODAY));
        }

        @Test
        void shouldRefuseAPhaseChangeUnlessActive() {
            Trajectory t = trajectoryInAftercare();
            InvalidTransitionException e = assertThrows(InvalidTransitionException.class,
                    () -> t.changePhase("outflow", programme(), TODAY));
            assertTrue(e.getMessage().contains("is IN_AFTERCARE"), e.getMessage());
        }
    }

    @Nested
    class End {

        @Test
        void shouldEndWithTheOutcomeAndStopReviewing() {
            Trajectory t = activeTrajectory();

            List<EventPayload> events = t.end(TrajectoryOutcome.EDUCATION, TODAY, "MBO-2", TODAY);

            assertEquals(TrajectoryStatus.ENDED, t.status);
            assertEquals(TrajectoryOutcome.EDUCATION, t.outcome);
            assertEquals("MBO-2", t.outcomeNote);
            assertEquals(TODAY, t.endedOn);
            assertNull(t.nextReviewOn);
            assertEquals(List.of(new TrajectoryEnded(t.id, t.clientId, t.programmeId, TrajectoryOutcome.EDUCATION, START, TODAY)), events);
        }

        @Test
        void shouldAcceptAnEndDateFromTheStartUpToToday() {
            activeTrajectory().end(TrajectoryOutcome.DROPPED_OUT, START, null, TODAY);
            activeTrajectory().end(TrajectoryOutcome.DROPPED_OUT, TODAY, null, TODAY);
        }

        @Test
        void shouldRefuseAnEndDateBeforeTheStartOrInTheFuture() {
            Trajectory t = activeTrajectory();
            DateOutOfRangeException early = assertThrows(DateOutOfRangeException.class,
                    () -> t.end(TrajectoryOutcome.DROPPED_OUT, START.minusDays(1), null, TODAY));
            assertEquals("must lie between the start (" + START + ") and today", early.getMessage());
            assertThrows(DateOutOfRangeException.class, () -> t.end(TrajectoryOutcome.DROPPED_OUT, TODAY.plusDays(1), null, TODAY));
            assertEquals(TrajectoryStatus.ACTIVE, t.status);
        }

        @Test
        void shouldRefuseToEndTwiceOrInAftercare() {
            Trajectory ended = activeTrajectory();
            ended.end(TrajectoryOutcome.EDUCATION, TODAY, null, TODAY);
            assertThrows(InvalidTransitionException.class, () -> ended.end(TrajectoryOutcome.EDUCATION, TODAY, null, TODAY));
            assertThrows(InvalidTransitionException.class,
                    () -> trajectoryInAftercare().end(TrajectoryOutcome.DROPPED_OUT, TODAY, null, TODAY));
        }
    }

    @Nested
    class Place {

        @Test
        void shouldEndWithThePlacementsOutcomeAndStartAftercare() {
            Trajectory t = activeTrajectory();
            LocalDate placedOn = START.plusMonths(2);

            List<EventPayload> events = t.place(placement(t, ContractType.FIXED_TERM, 24, placedOn), 3);

            assertEquals(TrajectoryStatus.IN_AFTERCARE, t.status);
            assertEquals(placedOn, t.placedOn);
            assertEquals(placedOn.plusMonths(3), t.aftercareEndsOn);
            assertEquals("Placed (FIXED_TERM, 24 h/week)", t.outcomeNote);
            assertNull(t.nextReviewOn);
            assertEquals(List.of(new TrajectoryEnded(t.id, t.clientId, t.programmeId, TrajectoryOutcome.REGULAR_WORK_PART_TIME, START,
                    placedOn)), events);
        }

        @Test
        void shouldCountFromThirtyTwoHoursAsFullTimeAndSubsidisedContractsAsSubsidisedWork() {
            Trajectory t = activeTrajectory();
            assertEquals(TrajectoryOutcome.REGULAR_WORK_FULL_TIME, Trajectory.outcomeOf(placement(t, ContractType.PERMANENT, 32, TODAY)));
            assertEquals(TrajectoryOutcome.REGULAR_WORK_PART_TIME, Trajectory.outcomeOf(placement(t, ContractType.PERMANENT, 31, TODAY)));
            assertEquals(TrajectoryOutcome.SUBSIDISED_WORK, Trajectory.outcomeOf(placement(t, ContractType.WAGE_COST_SUBSIDY, 36, TODAY)));
            assertEquals(TrajectoryOutcome.SUBSIDISED_WORK, Trajectory.outcomeOf(placement(t, ContractType.SHELTERED_WORK, 20, TODAY)));
        }

        @Test
        void shouldRefuseAPlacementUnlessActive() {
            Trajectory t = trajectoryInAftercare();
            assertThrows(InvalidTransitionException.class, () -> t.place(placement(t, ContractType.FIXED_TERM, 24, TODAY), 3));
        }
    }

    @Nested
    class Aftercare {

        @Test
        void shouldRememberAnEndedPlacementOnlyInAftercare() {
            Trajectory t = trajectoryInAftercare();
            assertTrue(t.stillEmployed());
            t.placementEnded(TODAY);
            assertEquals(TODAY, t.placementEndedOn);
            assertFalse(t.stillEmployed());
            assertThrows(InvalidTransitionException.class, () -> activeTrajectory().placementEnded(TODAY));
        }

        @Test
        void shouldCloseAftercareOnceItsPeriodIsOver() {
            Trajectory t = trajectoryInAftercare();
            LocalDate endsOn = t.aftercareEndsOn;
            assertFalse(t.aftercareIsOver(endsOn.minusDays(1)));
            assertTrue(t.aftercareIsOver(endsOn));

            List<EventPayload> events = t.closeAftercare(endsOn);

            assertEquals(TrajectoryStatus.CLOSED, t.status);
            assertEquals(List.of(new AftercareEnded(t.id, t.clientId, endsOn, true)), events);
        }

        @Test
        void shouldTellWhetherTheClientStillWorksWhenAftercareCloses() {
            Trajectory t = trajectoryInAftercare();
            t.placementEnded(TODAY);
            assertEquals(List.of(new AftercareEnded(t.id, t.clientId, t.aftercareEndsOn, false)), t.closeAftercare(t.aftercareEndsOn));
        }

        @Test
        void shouldRefuseToCloseAftercareEarlyOrWhenNotInAftercare() {
            Trajectory t = trajectoryInAftercare();
            assertThrows(InvalidTransitionException.class, () -> t.closeAftercare(t.aftercareEndsOn.minusDays(1)));
            assertEquals(TrajectoryStatus.IN_AFTERCARE, t.status);
            assertThrows(InvalidTransitionException.class, () -> activeTrajectory().closeAftercare(TODAY));
        }

        @Test
        void shouldAcceptContactDatesFromThePlacementUpToToday() {
            Trajectory t = trajectoryInAftercare();
            t.requireWithinAftercare(t.placedOn, TODAY);
            t.requireWithinAftercare(TODAY, TODAY);
            DateOutOfRangeException e = assertThrows(DateOutOfRangeException.class,
                    () -> t.requireWithinAftercare(t.placedOn.minusDays(1), TODAY));
            assertEquals("must lie between the placement (" + t.placedOn + ") and today", e.getMessage());
            assertThrows(DateOutOfRangeException.class, () -> t.requireWithinAftercare(TODAY.plusDays(1), TODAY));
            assertThrows(InvalidTransitionException.class, () -> activeTrajectory().requireWithinAftercare(TODAY, TODAY));
        }
    }

    @Nested
    class MaximumEnd {

        private final LocalDate afterMaximum = START.plusMonths(6).plusDays(1);

        @Test
        void shouldBePastTheMaximumEndOnlyAfterIt() {
            Trajectory t = activeTrajectory();
            assertFalse(t.isPastMaximumEnd(t.plannedEndOn));
            assertTrue(t.isPastMaximumEnd(afterMaximum));
            assertFalse(trajectoryInAftercare().isPastMaximumEnd(afterMaximum));
        }

        @Test
        void shouldReferBackOnTheMaximumEndDate() {
            Trajectory t = activeTrajectory();

            List<EventPayload> events = t.referBackAtMaximumEnd("Maximum duration reached", afterMaximum);

            assertEquals(TrajectoryStatus.ENDED, t.status);
            assertEquals(TrajectoryOutcome.REFERRED_BACK, t.outcome);
            assertEquals(t.plannedEndOn, t.endedOn);
            assertEquals(List.of(new TrajectoryEnded(t.id, t.clientId, t.programmeId, TrajectoryOutcome.REFERRED_BACK, START,
                    t.plannedEndOn)), events);
        }

        @Test
        void shouldFlagAPassedMaximumOnceAndKeepRunning() {
            Trajectory t = activeTrajectory();
            assertTrue(t.flagMaximumEndPassed(afterMaximum));
            assertFalse(t.flagMaximumEndPassed(afterMaximum.plusDays(1)));
            assertTrue(t.maxEndFlagged);
            assertEquals(TrajectoryStatus.ACTIVE, t.status);
        }

        @Test
        void shouldRefuseMaximumEndRulesBeforeTheMaximum() {
            Trajectory t = activeTrajectory();
            assertThrows(InvalidTransitionException.class, () -> t.referBackAtMaximumEnd("early", t.plannedEndOn));
            assertThrows(InvalidTransitionException.class, () -> t.flagMaximumEndPassed(t.plannedEndOn));
        }
    }

    @Nested
    class Extend {

        @Test
        void shouldMoveTheMaximumEndAndClearItsFlag() {
            Trajectory t = activeTrajectory();
            t.flagMaximumEndPassed(t.plannedEndOn.plusDays(1));
            Extension extension = approvedExtension(t, 3);

            List<EventPayload> events = t.extend(extension, 1);

            assertEquals(START.plusMonths(9), t.plannedEndOn);
            assertFalse(t.maxEndFlagged);
            assertEquals(List.of(new TrajectoryExtended(t.id, t.clientId, 1, "MEDICAL", 3, START.plusMonths(9))), events);
        }

        @Test
        void shouldRefuseAnExtensionThatIsNotApproved() {
            Trajectory t = activeTrajectory();
            Extension pending = Extension.request(t, 2, "MEDICAL", null, null, programme().extensionPolicy(), List.of(), "uw-consultant", NOW);
            assertThrows(InvalidTransitionException.class, () -> t.extend(pending, 1));
            assertEquals(START.plusMonths(6), t.plannedEndOn);
        }

        @Test
        void shouldRefuseToExtendUnlessActive() {
            Trajectory t = activeTrajectory();
            Extension extension = approvedExtension(t, 2);
            t.end(TrajectoryOutcome.EDUCATION, TODAY, null, TODAY);
            assertThrows(InvalidTransitionException.class, () -> t.extend(extension, 1));
        }

        private Extension approvedExtension(Trajectory t, int months) {
            Extension extension = Extension.request(t, months, "MEDICAL", null, null, programme().extensionPolicy(), List.of(),
                    "uw-consultant", NOW);
            extension.approveAsSecondPerson("uw-admin", NOW);
            return extension;
        }
    }

    @Nested
    class ReviewsAndActivity {

        @Test
        void shouldScheduleTheNextReviewOnlyWhileActive() {
            Trajectory t = activeTrajectory();
            t.scheduleNextReview(TODAY.plusWeeks(2));
            assertEquals(TODAY.plusWeeks(2), t.nextReviewOn);
            assertThrows(InvalidTransitionException.class, () -> trajectoryInAftercare().scheduleNextReview(TODAY));
        }

        @Test
        void shouldRecordActivity() {
            Trajectory t = activeTrajectory();
            t.recordActivity(NOW.plusSeconds(60));
            assertEquals(NOW.plusSeconds(60), t.lastActivityAt);
        }

        @Test
        void shouldAcceptDatesFromTheStartUpToToday() {
            Trajectory t = activeTrajectory();
            t.requireWithinRunningPeriod(START, TODAY);
            t.requireWithinRunningPeriod(TODAY, TODAY);
            assertThrows(DateOutOfRangeException.class, () -> t.requireWithinRunningPeriod(START.minusDays(1), TODAY));
            assertThrows(DateOutOfRangeException.class, () -> t.requireWithinRunningPeriod(TODAY.plusDays(1), TODAY));
        }
    }
}
