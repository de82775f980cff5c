package nl.opstap.intake.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import nl.opstap.events.IdentitySharingConsented;
import nl.opstap.intake.domain.Client;
import nl.opstap.intake.domain.IdentityShare;
import nl.opstap.intake.repository.ClientRepository;
import nl.opstap.intake.repository.IdentityShareRepository;
import nl.opstap.support.domain.NotFoundException;

/**
 * Hands a client's name to the one employer the client consented to, on that employer's own request. Matching-service
 * records the consent and never holds the name; this service holds the name and learns of the consent by event.
 */
@ApplicationScoped
public class IdentitySharing {

    private final IdentityShareRepository shares;
    private final ClientRepository clients;
    private final Clock clock;

    IdentitySharing(IdentityShareRepository shares, ClientRepository clients, Clock clock) {
        this.shares = shares;
        this.clients = clients;
        this.clock = clock;
    }

    /** A repeated event changes nothing: the first consent recorded for a proposal stands. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void consented(String tenant, IdentitySharingConsented consented) {
        if (shares.findByIdOptional(consented.proposalId()).isEmpty()) {
            shares.persist(IdentityShare.of(tenant, consented, clock.instant()));
        }
    }

    /** The client of a proposal, for the employer it was shared with; any other employer or proposal is not found. */
    @Transactional
    public SharedIdentity forEmployer(String tenant, UUID employerId, UUID proposalId) {
        IdentityShare share = shares.findFor(tenant, employerId, proposalId)
                .orElseThrow(() -> new NotFoundException("Shared identity", proposalId));
        Client client = clients.findInTenant(tenant, share.clientId).orElseThrow(() -> new NotFoundException("Shared identity", proposalId));
        return new SharedIdentity(share.proposalId, share.clientId, client.givenNames, client.familyName, share.consentedOn);
    }

    public record SharedIdentity(UUID proposalId, UUID clientId, String givenNames, String familyName, LocalDate consentedOn) {
    }
}
