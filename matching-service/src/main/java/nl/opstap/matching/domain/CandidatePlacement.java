package nl.opstap.matching.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/** A client's placement as far as the pool cares: placed, ended. Either event may come first. */
@Entity
@Table(name = "candidate_placement")
public class CandidatePlacement {

    @Id
    @Column(name = "placement_id")
    public UUID placementId;

    @Column(nullable = false)
    public String tenant;

    @Column(name = "client_id", nullable = false)
    public UUID clientId;

    @Column(name = "placed_on")
    public LocalDate placedOn;

    @Column(name = "ended_on")
    public LocalDate endedOn;

    public static CandidatePlacement of(UUID placementId, String tenant, UUID clientId) {
        CandidatePlacement p = new CandidatePlacement();
        p.placementId = placementId;
        p.tenant = tenant;
        p.clientId = clientId;
        return p;
    }

    public boolean active() {
        return placedOn != null && endedOn == null;
    }
}
