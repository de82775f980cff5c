package nl.opstap.employer.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import nl.opstap.support.domain.InvalidTransitionException;

/** An agreement with an employer for a year, e.g. "2 work-experience places a year", with what was realised. */
@Entity
@Table(name = "employer_agreement")
public class Agreement {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String tenant;

    @Column(name = "employer_id", nullable = false)
    public UUID employerId;

    @Column(nullable = false)
    public String description;

    @Column(name = "per_year", nullable = false)
    public int perYear;

    @Column(nullable = false)
    public int year;

    @Column(nullable = false)
    public int realised;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    public static Agreement make(Employer employer, String description, int perYear, int year, String by, Instant now) {
        Agreement agreement = new Agreement();
        agreement.id = UUID.randomUUID();
        agreement.tenant = employer.tenant;
        agreement.employerId = employer.id;
        agreement.description = description;
        agreement.perYear = perYear;
        agreement.year = year;
        agreement.createdAt = now;
        agreement.createdBy = by;
        return agreement;
    }

    /** Counts realisations (or corrects them with a negative number); the count never drops below zero. */
    public void realise(int count) {
        if (realised + count < 0) {
            throw new InvalidTransitionException("The agreement has " + realised + " realisation(s); it cannot lose " + -count);
        }
        realised += count;
    }
}
