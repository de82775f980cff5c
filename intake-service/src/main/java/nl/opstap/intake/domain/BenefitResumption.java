package nl.opstap.intake.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

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
}
