package nl.opstap.intake.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.opstap.events.BenefitResumed;
import nl.opstap.support.domain.ResultWithEvents;

/** A municipality's report that a former client is back on benefits. */
@Entity
@Table(name = "benefit_resumption")
public class BenefitResumption {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String tenant;

    @Column(name = "client_id", nullable = false)
    public UUID clientId;

    @Column(name = "municipality_code", nullable = false)
    public String municipalityCode;

    @Column(name = "resumed_on", nullable = false)
    public LocalDate resumedOn;

    @Column(name = "reported_at", nullable = false)
    public Instant reportedAt;

    /** A municipality's report that a former client is back on benefits: the measure of sustainable outflow. */
    public static ResultWithEvents<BenefitResumption> report(String tenant, UUID clientId, String municipalityCode, LocalDate resumedOn,
            Instant now) {
        BenefitResumption resumption = new BenefitResumption();
        resumption.id = UUID.randomUUID();
        resumption.tenant = tenant;
        resumption.clientId = clientId;
        resumption.municipalityCode = municipalityCode;
        resumption.resumedOn = resumedOn;
        resumption.reportedAt = now;
        return new ResultWithEvents<>(resumption, List.of(new BenefitResumed(clientId, municipalityCode, resumedOn)));
    }
}
