package nl.opstap.intake.bench;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The write-path benchmark's baseline row: the same fields as a referral, stored as they come (no encryption, no
 * client record, no audit entry, no outbox row). Its table is made by {@link BaselineTable}, not by Flyway,
 * so that no database ever records a bench-only migration.
 */
@Entity
@Table(name = "bench_baseline_referral")
public class BaselineReferral extends PanacheEntityBase {

    @Id
    public UUID id;
    public String tenant;
    @Column(name = "municipality_code")
    public String municipalityCode;
    @Column(name = "municipality_reference")
    public String municipalityReference;
    public String bsn;
    @Column(name = "given_names")
    public String givenNames;
    @Column(name = "family_name")
    public String familyName;
    @Column(name = "date_of_birth")
    public LocalDate dateOfBirth;
    public String phone;
    public String email;
    public String postcode;
    @Column(name = "target_group")
    public String targetGroup;
    @Column(name = "benefit_situation")
    public String benefitSituation;
    public String question;
    @Column(name = "received_at")
    public Instant receivedAt;
}
