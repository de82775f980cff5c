package nl.opstap.intake.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nl.opstap.events.IdentitySharingConsented;

/** The client consented to let the employer of one proposal know their name; matching-service recorded it. */
@Entity
@Table(name = "identity_share")
public class IdentityShare {

    @Id
    @Column(name = "proposal_id")
    public UUID proposalId;

    @Column(nullable = false)
    public String tenant;

    @Column(name = "client_id", nullable = false)
    public UUID clientId;

    @Column(name = "employer_id", nullable = false)
    public UUID employerId;

    @Column(name = "vacancy_id", nullable = false)
    public UUID vacancyId;

    @Column(name = "consented_on", nullable = false)
    public LocalDate consentedOn;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    public static IdentityShare of(String tenant, IdentitySharingConsented consented, Instant now) {
        IdentityShare share = new IdentityShare();
        share.proposalId = consented.proposalId();
        share.tenant = tenant;
        share.clientId = consented.clientId();
        share.employerId = consented.employerId();
        share.vacancyId = consented.vacancyId();
        share.consentedOn = consented.consentedOn();
        share.receivedAt = now;
        return share;
    }
}
