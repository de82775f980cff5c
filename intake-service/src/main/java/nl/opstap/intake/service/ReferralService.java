package nl.opstap.intake.service;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.opstap.intake.domain.BenefitResumption;
import nl.opstap.intake.domain.Bsn;
import nl.opstap.intake.domain.Client;
import nl.opstap.intake.domain.NewReferral;
import nl.opstap.intake.domain.Referral;
import nl.opstap.intake.domain.ReferralStatus;
import nl.opstap.intake.repository.BenefitResumptionRepository;
import nl.opstap.intake.repository.ClientRepository;
import nl.opstap.intake.repository.ReferralRepository;
import nl.opstap.support.domain.DomainException;
import nl.opstap.support.domain.NotFoundException;
import nl.opstap.support.domain.ResultWithEvents;
import nl.opstap.support.domain.RuleViolationException;
import nl.opstap.support.outbox.EventPublisher;
import nl.opstap.support.time.Netherlands;
import nl.opstap.support.transaction.InsertRace;

/** Receiving referrals from municipal systems, idempotently, and their reports of resumed benefits. */
@ApplicationScoped
public class ReferralService {

    /** How far back a referral's receivedOn may lie: older cases are not taken over into a running intake. */
    static final int MAX_YEARS_BACK = 10;

    private final ReferralRepository referrals;
    private final ClientRepository clients;
    private final BenefitResumptionRepository resumptions;
    private final BsnVault vault;
    private final EventPublisher events;
    private final Clock clock;

    ReferralService(ReferralRepository referrals, ClientRepository clients, BenefitResumptionRepository resumptions,
            BsnVault vault, EventPublisher events, Clock clock) {
        this.referrals = referrals;
        this.clients = clients;
        this.resumptions = resumptions;
        this.vault = vault;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The tenant's referrals, filtered; a municipal caller ({@code municipality} set) sees only its own. Received dates
     * are Amsterdam days, both ends included.
     */
    public PanacheQuery<Referral> search(String tenant, String municipality, ReferralStatus status, UUID programmeId,
            LocalDate receivedFrom, LocalDate receivedTo) {
        return referrals.search(tenant, municipality, status, programmeId,
                receivedFrom == null ? null : receivedFrom.atStartOfDay(Netherlands.ZONE).toInstant(),
                receivedTo == null ? null : receivedTo.plusDays(1).atStartOfDay(Netherlands.ZONE).toInstant());
    }

    /** One referral; another tenant's, or for a municipal caller another municipality's, is not found. */
    public Referral get(String tenant, String municipality, UUID id) {
        return referrals.findInTenant(tenant, id)
                .filter(r -> municipality == null || r.municipalityCode.equals(municipality))
                .orElseThrow(() -> new NotFoundException("Referral", id));
    }

    /** One referral of a batch: registered (created or an identical repeat), or refused with the domain's reason. */
    public record BatchOutcome(Registration registration, DomainException refused) {
    }

    /** Registers the referrals of a batch one by one, each in its own transaction: a refused one does not stop the others. */
    public List<BatchOutcome> registerEach(String tenant, String municipalityCode, List<NewReferral> batch) {
        List<BatchOutcome> outcomes = new ArrayList<>();
        for (NewReferral referral : batch) {
            try {
                outcomes.add(new BatchOutcome(register(tenant, municipalityCode, null, referral), null));
            } catch (DomainException e) {
                outcomes.add(new BatchOutcome(null, e));
            }
        }
        return outcomes;
    }

    /** The outcome of a registration: the referral, and whether this call created it. */
    public record Registration(Referral referral, boolean created) {
    }

    /**
     * Registers a referral once. The same municipal reference or idempotency key with the same content
     * returns the existing referral; with different content it is a conflict.
     */
    public Registration register(String tenant, String municipalityCode, String idempotencyKey, NewReferral request) {
        if (request.receivedOn() != null && request.receivedOn().isBefore(Netherlands.today(clock).minusYears(MAX_YEARS_BACK))) {
            throw new RuleViolationException("receivedOn lies more than " + MAX_YEARS_BACK + " years back");
        }
        String fingerprint = fingerprint(request);
        return InsertRace.settle(() -> registerOnce(tenant, municipalityCode, idempotencyKey, request, fingerprint));
    }

    private Registration registerOnce(String tenant, String municipalityCode, String idempotencyKey, NewReferral request,
            String fingerprint) {
        Optional<Referral> existing = Optional.empty();
        if (idempotencyKey != null) {
            existing = referrals.findByIdempotencyKey(tenant, municipalityCode, idempotencyKey);
        }
        if (existing.isEmpty()) {
            existing = referrals.findByReference(tenant, municipalityCode, request.municipalityReference());
        }
        if (existing.isPresent()) {
            Referral referral = existing.get();
            referral.requireSameContent(fingerprint);
            return new Registration(referral, false);
        }

        Instant now = clock.instant();
        Client client = clientFor(tenant, request, now);
        ResultWithEvents<Referral> received = Referral.receive(tenant, client.id, municipalityCode, idempotencyKey, fingerprint, request,
                now);
        Referral referral = received.aggregate();
        referrals.persist(referral);
        referrals.flush(); // surface a duplicate now, inside this attempt
        received.events().forEach(event -> events.publish(tenant, client.id, event));
        return new Registration(referral, true);
    }

    /** One client per person per tenant: a second referral of the same BSN refers to the same client. */
    private Client clientFor(String tenant, NewReferral request, Instant now) {
        Client client = clients.findByBsnHash(tenant, vault.lookupHashes(request.bsn()))
                .orElseGet(() -> Client.register(tenant, vault.hash(request.bsn()), vault.encrypt(request.bsn()), now));
        client.updateDetails(request);
        if (!clients.isPersistent(client)) {
            clients.persist(client);
        }
        return client;
    }

    /**
     * Records that a former client is back on benefits. Only the municipality that referred the client may
     * report it; a repeat for the same date changes nothing.
     *
     * @return true when this call recorded it
     */
    @Transactional
    public boolean recordBenefitResumed(String tenant, String municipalityCode, Bsn bsn, LocalDate resumedOn) {
        Client client = clients.findByBsnHash(tenant, vault.lookupHashes(bsn))
                .filter(c -> referrals.existsForMunicipality(tenant, municipalityCode, c.id))
                .orElseThrow(() -> new NotFoundException("No client with this BSN was referred by your municipality"));
        if (resumptions.exists(client.id, resumedOn)) {
            return false;
        }
        ResultWithEvents<BenefitResumption> reported = BenefitResumption.report(tenant, client.id, municipalityCode, resumedOn,
                clock.instant());
        resumptions.persist(reported.aggregate());
        reported.events().forEach(event -> events.publish(tenant, client.id, event));
        return true;
    }

    /** SHA-256 over every field, in a fixed order, so a repeat can be told from a conflicting one. */
    static String fingerprint(NewReferral r) {
        String canonical = String.join("\u001f", r.municipalityReference(), r.bsn().digits(), r.givenNames(), r.familyName(),
                String.valueOf(r.dateOfBirth()), String.valueOf(r.phone()), String.valueOf(r.email()), String.valueOf(r.postcode()),
                String.valueOf(r.targetGroup()), String.valueOf(r.benefitSituation()), String.valueOf(r.question()),
                String.valueOf(r.indicatedProgrammeId()))
                // Added later, and only when given, so a repeat of an earlier referral keeps its fingerprint.
                + (r.receivedOn() == null ? "" : "\u001f" + r.receivedOn());
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
