package nl.opstap.employer.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import nl.opstap.events.ClientPlaced;
import nl.opstap.events.PlacementEnded;
import nl.opstap.events.vocabulary.TargetGroup;

/**
 * A placement as matching-service reported it: what SROI crediting needs and nothing about the person. Events
 * may arrive in any order: a {@link PlacementEnded} first leaves a placement that is {@linkplain #isKnown() not
 * known} yet, and its {@link ClientPlaced} completes it.
 */
@Entity
@Table(name = "placement")
public class Placement {

    @Id
    @Column(name = "placement_id")
    public UUID placementId;

    @Column(nullable = false)
    public String tenant;

    @Column(name = "employer_id", nullable = false)
    public UUID employerId;

    @Column(name = "client_id", nullable = false)
    public UUID clientId;

    @Column(name = "hours_per_week")
    public Integer hoursPerWeek;

    @Enumerated(EnumType.STRING)
    @Column(name = "target_group")
    public TargetGroup targetGroup;

    @Column(name = "aged_55_or_over")
    public Boolean aged55OrOver;

    @Column(name = "placed_on")
    public LocalDate placedOn;

    @Column(name = "ended_on")
    public LocalDate endedOn;

    /** The ClientPlaced event the ledger's credits for this placement cite as their source. */
    @Column(name = "placed_event_id")
    public UUID placedEventId;

    public static Placement ofPlaced(String tenant, UUID eventId, ClientPlaced placed) {
        Placement placement = create(tenant, placed.placementId(), placed.employerId(), placed.clientId());
        placement.placed(eventId, placed);
        return placement;
    }

    public static Placement ofEnded(String tenant, PlacementEnded ended) {
        Placement placement = create(tenant, ended.placementId(), ended.employerId(), ended.clientId());
        placement.ended(ended);
        return placement;
    }

    /** Completes the placement; a second ClientPlaced for the same placement (a producer's retry) changes nothing. */
    public void placed(UUID eventId, ClientPlaced placed) {
        if (isKnown()) {
            return;
        }
        placedEventId = eventId;
        hoursPerWeek = placed.hoursPerWeek();
        targetGroup = placed.targetGroup();
        aged55OrOver = placed.aged55OrOver();
        placedOn = placed.placedOn();
    }

    public void ended(PlacementEnded ended) {
        endedOn = ended.endedOn();
    }

    /** True once its ClientPlaced has arrived: only then can it be credited. */
    public boolean isKnown() {
        return placedOn != null;
    }

    private static Placement create(String tenant, UUID placementId, UUID employerId, UUID clientId) {
        Placement placement = new Placement();
        placement.placementId = placementId;
        placement.tenant = tenant;
        placement.employerId = employerId;
        placement.clientId = clientId;
        return placement;
    }
}
