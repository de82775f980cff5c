package nl.opstap.trajectory.domain;

import static nl.opstap.trajectory.domain.DomainFixtures.NOW;
import static nl.opstap.trajectory.domain.DomainFixtures.START;
import static nl.opstap.trajectory.domain.DomainFixtures.activeTrajectory;
import static nl.opstap.trajectory.domain.DomainFixtures.programme;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.opstap.events.vocabulary.TrajectoryOutcome;
import nl.opstap.support.domain.InvalidTransitionException;
import org.junit.jupiter.api.Test;

/** An extension request's way through the policy, approval and refusal. */
class ExtensionTest {

    private final Trajectory trajectory = activeTrajectory();
    private final ExtensionPolicy policy = programme().extensionPolicy();

    private Extension request(int months, String reason, List<Extension> earlier) {
        return Extension.request(trajectory, months, reason, "motivation", null, policy, earlier, "uw-consultant", NOW);
    }

    @Test
    void shouldWaitForApprovalWhenWithinThePolicy() {
        Extension extension = request(2, "PLACEMENT_IN_SIGHT", List.of());

        assertTrue(extension.isPending());
        assertEquals(trajectory.id, extension.trajectoryId);
        assertEquals("uw-consultant", extension.requestedBy);
    }

    @Test
    void shouldBeRefusedByThePlatformOutsideThePolicyAndReferBackByDefault() {
        Extension extension = request(6, "PLACEMENT_IN_SIGHT", List.of());

        assertTrue(extension.isRefused());
        assertEquals("An extension may last at most 3 month(s); asked 6", extension.refusalReason);
        assertEquals(TrajectoryOutcome.REFERRED_BACK, extension.proposedExit);
        assertEquals(TimelineEntry.SYSTEM, extension.decidedBy);
    }

    @Test
    void shouldKeepTheProposedExitOfARefusal() {
        Extension extension = Extension.request(trajectory, 2, "HOLIDAY", null, TrajectoryOutcome.EDUCATION, policy, List.of(),
                "uw-consultant", NOW);
        assertEquals(TrajectoryOutcome.EDUCATION, extension.proposedExit);
    }

    @Test
    void shouldLetOneRequestWaitAtATime() {
        Extension waiting = request(2, "MEDICAL", List.of());
        InvalidTransitionException e = assertThrows(InvalidTransitionException.class, () -> request(1, "MEDICAL", List.of(waiting)));
        assertEquals("An extension request is already waiting for approval", e.getMessage());
    }

    @Test
    void shouldRefuseARequestUnlessTheTrajectoryIsActive() {
        trajectory.end(TrajectoryOutcome.EDUCATION, START, null, START);
        assertThrows(InvalidTransitionException.class, () -> request(2, "MEDICAL", List.of()));
    }

    @Test
    void shouldBeApprovedBySomeoneElseThanTheRequester() {
        Extension extension = request(2, "MEDICAL", List.of());

        InvalidTransitionException e = assertThrows(InvalidTransitionException.class,
                () -> extension.approveAsSecondPerson("uw-consultant", NOW));
        assertTrue(e.getMessage().contains("someone other than"), e.getMessage());
        assertTrue(extension.isPending());

        extension.approveAsSecondPerson("uw-admin", NOW);
        assertEquals(ExtensionStatus.APPROVED, extension.status);
        assertEquals("uw-admin", extension.decidedBy);
    }

    @Test
    void shouldBeApprovedByTheRequesterWhereNoSecondPersonIsNeeded() {
        Extension extension = request(2, "MEDICAL", List.of());
        extension.approve("uw-consultant", NOW);
        assertEquals(ExtensionStatus.APPROVED, extension.status);
    }

    @Test
    void shouldBeRefusedWithReasonAndProposedExit() {
        Extension extension = request(2, "MEDICAL", List.of());

        extension.refuse("Geen onderbouwing", null, "uw-admin", NOW);

        assertTrue(extension.isRefused());
        assertEquals("Geen onderbouwing", extension.refusalReason);
        assertEquals(TrajectoryOutcome.REFERRED_BACK, extension.proposedExit);
        assertEquals("uw-admin", extension.decidedBy);
    }

    @Test
    void shouldBeDecidedOnlyOnce() {
        Extension approved = request(2, "MEDICAL", List.of());
        approved.approve("uw-consultant", NOW);
        Extension refused = request(6, "MEDICAL", List.of());

        assertThrows(InvalidTransitionException.class, () -> approved.approveAsSecondPerson("uw-admin", NOW));
        assertThrows(InvalidTransitionException.class, () -> approved.refuse("too late", null, "uw-admin", NOW));
        InvalidTransitionException e = assertThrows(InvalidTransitionException.class, () -> refused.approveAsSecondPerson("uw-admin", NOW));
        assertEquals("Extension " + refused.id + " is already REFUSED", e.getMessage());
    }
}
