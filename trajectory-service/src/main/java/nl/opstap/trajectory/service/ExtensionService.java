package nl.opstap.trajectory.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import nl.opstap.events.vocabulary.TrajectoryOutcome;
import nl.opstap.support.domain.NotFoundException;
import nl.opstap.trajectory.domain.Extension;
import nl.opstap.trajectory.domain.ExtensionStatus;
import nl.opstap.trajectory.domain.ProgrammeDefinition;
import nl.opstap.trajectory.domain.TimelineKind;
import nl.opstap.trajectory.domain.Trajectory;
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
    private final Clock clock;

    ExtensionService(ExtensionRepository extensions, TrajectoryService trajectories, ProgrammeService programmes, Timeline timeline,
            Clock clock) {
        this.extensions = extensions;
        this.trajectories = trajectories;
        this.programmes = programmes;
        this.timeline = timeline;
        this.clock = clock;
    }

    /** A refused request is kept and returned too: the caller tells the requester why. */
    @Transactional
    public Extension request(String tenant, UUID trajectoryId, int months, String reasonCode, String motivation,
            TrajectoryOutcome proposedExit, String actor) {
        Trajectory t = trajectories.get(tenant, trajectoryId);
        ProgrammeDefinition programme = programmes.definition(t.programmeId, t.programmeVersion);
        Extension extension = Extension.request(t, months, reasonCode, motivation, proposedExit, programme.extensionPolicy(),
                extensions.ofTrajectory(trajectoryId), actor, clock.instant());
        extensions.persist(extension);
        if (extension.isRefused()) {
            recordRefusal(t, extension);
            return extension;
        }
        timeline.record(t, actor, TimelineKind.EXTENSION_REQUESTED, months + " month(s), reason " + reasonCode);
        if (!programme.extensionNeedsSecondApproval()) {
            extension.approve(actor, clock.instant());
            extend(t, extension);
        }
        return extension;
    }

    /** Approval by a second person: never the one who asked. */
    @Transactional
    public Extension approve(String tenant, UUID trajectoryId, UUID extensionId, String actor) {
        Trajectory t = trajectories.get(tenant, trajectoryId);
        Extension extension = find(trajectoryId, extensionId);
        extension.approveAsSecondPerson(actor, clock.instant());
        extend(t, extension);
        return extension;
    }

    @Transactional
    public Extension refuse(String tenant, UUID trajectoryId, UUID extensionId, String reason, TrajectoryOutcome proposedExit, String actor) {
        Trajectory t = trajectories.get(tenant, trajectoryId);
        Extension extension = find(trajectoryId, extensionId);
        extension.refuse(reason, proposedExit, actor, clock.instant());
        recordRefusal(t, extension);
        return extension;
    }

    @Transactional
    public List<Extension> ofTrajectory(String tenant, UUID trajectoryId) {
        trajectories.requireExists(tenant, trajectoryId);
        return extensions.ofTrajectory(trajectoryId);
    }

    private Extension find(UUID trajectoryId, UUID extensionId) {
        return extensions.findOf(trajectoryId, extensionId).orElseThrow(() -> new NotFoundException("Extension", extensionId));
    }

    private void extend(Trajectory t, Extension approved) {
        // The query flushes first, so this approval is among those counted.
        int number = (int) extensions.ofTrajectory(t.id).stream().filter(e -> e.status == ExtensionStatus.APPROVED).count();
        trajectories.publish(t, t.extend(approved, number));
        timeline.record(t, approved.decidedBy, TimelineKind.EXTENDED, "Extended by " + approved.months + " month(s) to " + t.plannedEndOn);
    }

    private void recordRefusal(Trajectory t, Extension refused) {
        timeline.record(t, refused.decidedBy, TimelineKind.EXTENSION_REFUSED, refused.refusalReason + "; proposed exit " + refused.proposedExit);
    }
}
