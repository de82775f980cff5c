package nl.opstap.employer.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One entry of the contact log: when the account manager spoke with the employer, about what, and what comes next. */
@Entity
@Table(name = "employer_contact_moment")
public class ContactMoment {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String tenant;

    @Column(name = "employer_id", nullable = false)
    public UUID employerId;

    @Column(name = "contacted_on", nullable = false)
    public LocalDate contactedOn;

    @Column(name = "account_manager", nullable = false)
    public String accountManager;

    @Column(nullable = false)
    public String subject;

    @Column(name = "next_step")
    public String nextStep;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    public static ContactMoment record(Employer employer, LocalDate contactedOn, String accountManager, String subject, String nextStep,
            Instant now) {
        ContactMoment moment = new ContactMoment();
        moment.id = UUID.randomUUID();
        moment.tenant = employer.tenant;
        moment.employerId = employer.id;
        moment.contactedOn = contactedOn;
        moment.accountManager = accountManager;
        moment.subject = subject;
        moment.nextStep = nextStep;
        moment.recordedAt = now;
        return moment;
    }
}
