package nl.opstap.employer.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An employer the tenant's account managers work with. */
@Entity
@Table(name = "employer")
public class Employer {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String tenant;

    @Column(nullable = false)
    public String name;

    @Column(name = "kvk_number", nullable = false)
    public String kvkNumber;

    @Column(name = "postcode_area", nullable = false)
    public String postcodeArea;

    public String sector;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    public static Employer register(String tenant, String name, String kvkNumber, String postcodeArea, String sector, String createdBy,
            Instant now) {
        Employer employer = new Employer();
        employer.id = UUID.randomUUID();
        employer.tenant = tenant;
        employer.name = name;
        employer.kvkNumber = kvkNumber;
        employer.postcodeArea = postcodeArea;
        employer.sector = sector;
        employer.createdAt = now;
        employer.createdBy = createdBy;
        return employer;
    }
}
