package nl.opstap.trajectory.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.opstap.events.vocabulary.TrajectoryOutcome;
import nl.opstap.support.domain.InvalidTransitionException;

/** A request to extend the trajectory, and what became of it. Refusals are kept with their reason and proposed exit. */
@Entity
@Table(name = "extension")
public class Extension {

    @Id
    public UUID id;

    @Column(name = "trajectory_id", nullable = false)
    public UUID trajectoryId;

    @Column(nullable = false)
    public int months;

    @Column(name = "reason_code", nullable = false)
    public String reasonCode;

    public String motivation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ExtensionStatus status;

    @Column(name = "refusal_reason")
    public String refusalReason;

    @Enumerated(EnumType.STRING)
    @Column(name = "proposed_exit")
    public TrajectoryOutcome proposedExit;

    @Column(name = "requested_at", nullable = false)
    public Instant requestedAt;

    @Column(name = "requested_by", nullable = false)
    public String requestedBy;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "decided_by")
    public String decidedBy;

    /**
     * A request checked against the programme's policy at once. Within it, the extension waits for approval
     * ({@link ExtensionStatus#REQUESTED}); outside it, the platform refuses it and keeps it with the reason and the
     * proposed exit. One request waits at a time.
     */
    public static Extension request(Trajectory trajectory, int months, String reasonCode, String motivation, TrajectoryOutcome proposedExit,
            ExtensionPolicy policy, List<Extension> earlier, String actor, Instant now) {
        trajectory.requireStatus("extend", TrajectoryStatus.ACTIVE);
        if (earlier.stream().anyMatch(Extension::isPending)) {
            throw new InvalidTransitionException("An extension request is already waiting for approval");
        }
        Extension extension = new Extension();
        extension.id = UUID.randomUUID();
        extension.trajectoryId = trajectory.id;
        extension.months = months;
        extension.reasonCode = reasonCode;
        extension.motivation = motivation;
        extension.requestedAt = now;
        extension.requestedBy = actor;
        Optional<String> refusal = policy.refusalFor(months, reasonCode, earlier);
        if (refusal.isPresent()) {
            extension.decideRefusal(refusal.get(), proposedExit, TimelineEntry.SYSTEM, now);
        } else {
            extension.status = ExtensionStatus.REQUESTED;
        }
        return extension;
    }

    /** Approval where the programme needs no second person: the requester's own request is granted. */
    public void approve(String actor, Instant now) {
        requirePending();
        status = ExtensionStatus.APPROVED;
        decidedAt = now;
        decidedBy = actor;
    }

    /** Approval by a second person: never the one who asked. */
    public void approveAsSecondPerson(String actor, Instant now) {
        requirePending();
        if (requestedBy.equals(actor)) {
            throw new InvalidTransitionException("The extension must be approved by someone other than " + actor + ", who requested it");
        }
        approve(actor, now);
    }

    /** Refuses a waiting request; without a proposed exit the client is referred back. */
    public void refuse(String reason, TrajectoryOutcome proposedExit, String actor, Instant now) {
        requirePending();
        decideRefusal(reason, proposedExit, actor, now);
    }

    public boolean isPending() {
        return status == ExtensionStatus.REQUESTED;
    }

    public boolean isRefused() {
        return status == ExtensionStatus.REFUSED;
    }

    private void requirePending() {
        if (!isPending()) {
            throw new InvalidTransitionException("Extension " + id + " is already " + status);
        }
    }

    private void decideRefusal(String reason, TrajectoryOutcome proposedExit, String actor, Instant now) {
        status = ExtensionStatus.REFUSED;
        refusalReason = reason;
        this.proposedExit = proposedExit == null ? TrajectoryOutcome.REFERRED_BACK : proposedExit;
        decidedAt = now;
        decidedBy = actor;
    }
}
