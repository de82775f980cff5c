package nl.opstap.trajectory.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.opstap.events.TrajectoryExtended;
import nl.opstap.events.vocabulary.TrajectoryOutcome;
import nl.opstap.support.outbox.EventPublisher;
import nl.opstap.support.problem.ProblemException;
import nl.opstap.trajectory.domain.Extension;
import nl.opstap.trajectory.domain.ExtensionStatus;
import nl.opstap.trajectory.domain.IllegalTransitionException;
import nl.opstap.trajectory.domain.Trajectory;
import nl.opstap.trajectory.domain.TrajectoryStatus;
import nl.opstap.trajectory.repository.ExtensionRepository;

/**
 * Extensions, checked against the programme's policy. A request outside the policy is refused at once and
 * kept with its reason and a proposed exit; where the programme wants it, a second person approves.
 */
@ApplicationScoped
public class ExtensionService {

    private final ExtensionRepository extensions;
    private final TrajectoryService trajectories;
    private final ProgrammeService programmes;
    private final Timeline timeline;
    private final EventPublisher events;
    private final Clock clock;

    ExtensionService(ExtensionRepository extensions, TrajectoryService trajectories, ProgrammeService programmes, Timeline timeline,
            EventPublisher events, Clock clock) {
        this.extensions = extensions;
        this.trajectories = trajectories;
        this.programmes = programmes;
        this.timeline = timeline;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Extension request(String tenant, UUID trajectoryId, int months, String reasonCode, String motivation,
            TrajectoryOutcome proposedExit, String actor) {
        Trajectory t = trajectories.get(tenant, trajectoryId);
        t.requireStatus("extend", TrajectoryStatus.ACTIVE);
        List<Extension> earlier = extensions.ofTrajectory(trajectoryId);
        if (earlier.stream().anyMatch(e -> e.status == ExtensionStatus.REQUESTED)) {
            throw new IllegalTransitionException("An extension request is already waiting for approval");
        }
        ProgrammeDefinition programme = programmes.definition(t.programmeId, t.programmeVersion);
        Extension extension = new Extension();
        extension.id = UUID.randomUUID();
        extension.trajectoryId = trajectoryId;
        extension.months = months;
        extension.reasonCode = reasonCode;
        extension.motivation = motivation;
        extension.requestedAt = clock.instant();
        extension.requestedBy = actor;
        Optional<String> refusal = programme.extensionPolicy().refusalFor(months, reasonCode, earlier);
        if (refusal.isPresent()) {
            refuse(t, extension, refusal.get(), proposedExit, Timeline.SYSTEM);
            extensions.persist(extension);
            return extension;
        }
        extension.status = ExtensionStatus.REQUESTED;
        extensions.persist(extension);
        timeline.record(t, actor, "EXTENSION_REQUESTED", months + " month(s), reason " + reasonCode);
        if (!programme.extensionNeedsSecondApproval()) {
            approve(t, extension, actor);
        }
        return extension;
    }

    /** Approval by a second person: never the one who asked. */
    @Transactional
    public Extension approve(String tenant, UUID trajectoryId, UUID extensionId, String actor) {
        Trajectory t = trajectories.get(tenant, trajectoryId);
        Extension extension = pending(trajectoryId, extensionId);
        if (extension.requestedBy.equals(actor)) {
            throw new IllegalTransitionException("The extension must be approved by someone other than " + actor + ", who requested it");
        }
        approve(t, extension, actor);
        return extension;
    }

    @Transactional
    public Extension refuse(String tenant, UUID trajectoryId, UUID extensionId, String reason, TrajectoryOutcome proposedExit, String actor) {
        Trajectory t = trajectories.get(tenant, trajectoryId);
        Extension extension = pending(trajectoryId, extensionId);
        refuse(t, extension, reason, proposedExit, actor);
        return extension;
    }

    @Transactional
    public List<Extension> ofTrajectory(String tenant, UUID trajectoryId) {
        trajectories.get(tenant, trajectoryId);
        return extensions.ofTrajectory(trajectoryId);
    }

    private Extension pending(UUID trajectoryId, UUID extensionId) {
        Extension extension = extensions.findOf(trajectoryId, extensionId).orElseThrow(() -> ProblemException.notFound("Extension", extensionId));
        if (extension.status != ExtensionStatus.REQUESTED) {
            throw new IllegalTransitionException("Extension " + extensionId + " is already " + extension.status);
        }
        return extension;
    }

    private void approve(Trajectory t, Extension extension, String actor) {
        t.requireStatus("extend", TrajectoryStatus.ACTIVE);
        extension.status = ExtensionStatus.APPROVED;
        extension.decidedAt = clock.instant();
        extension.decidedBy = actor;
        t.plannedEndOn = t.plannedEndOn.plusMonths(extension.months);
        t.maxEndFlagged = false;
        // The query flushes first, so this approval is among those counted.
        int number = (int) extensions.ofTrajectory(t.id).stream().filter(e -> e.status == ExtensionStatus.APPROVED).count();
        timeline.record(t, actor, "EXTENDED", "Extended by " + extension.months + " month(s) to " + t.plannedEndOn);
        events.publish(t.tenant, t.clientId, new TrajectoryExtended(t.id, t.clientId, number, extension.reasonCode, extension.months,
                t.plannedEndOn));
    }

    private void refuse(Trajectory t, Extension extension, String reason, TrajectoryOutcome proposedExit, String actor) {
        extension.status = ExtensionStatus.REFUSED;
        extension.refusalReason = reason;
        extension.proposedExit = proposedExit == null ? TrajectoryOutcome.REFERRED_BACK : proposedExit;
        extension.decidedAt = clock.instant();
        extension.decidedBy = actor;
        timeline.record(t, actor, "EXTENSION_REFUSED", reason + "; proposed exit " + extension.proposedExit);
    }
}
