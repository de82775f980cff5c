package nl.opstap.intake.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import nl.opstap.events.BenefitResumed;
import nl.opstap.events.ReferralReceived;
import nl.opstap.intake.domain.BenefitResumption;
import nl.opstap.intake.domain.Bsn;
import nl.opstap.intake.domain.Client;
import nl.opstap.intake.domain.Referral;
import nl.opstap.intake.domain.ReferralStatus;
import nl.opstap.intake.repository.BenefitResumptionRepository;
import nl.opstap.intake.repository.ClientRepository;
import nl.opstap.intake.repository.ReferralRepository;
import nl.opstap.support.outbox.EventPublisher;
import nl.opstap.support.problem.ProblemException;
import nl.opstap.support.problem.ProblemType;
import nl.opstap.support.time.Netherlands;
import org.hibernate.exception.ConstraintViolationException;

/** Receiving referrals from municipal systems, idempotently, and their reports of resumed benefits. */
@ApplicationScoped
public class ReferralService {


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

    /** The outcome of a registration: the referral, and whether this call created it. */
    public record Registration(Referral referral, boolean created) {
    }

    /**
     * Registers a referral once. The same municipal reference or idempotency key with the same content
     * returns the existing referral; with different content it is a conflict.
     */
    public Registration register(String tenant, String municipalityCode, String idempotencyKey, NewReferral request) {
        checkDateOfBirth(request.dateOfBirth());
        String fingerprint = fingerprint(request);
        try {
            return QuarkusTransaction.requiringNew().call(() -> registerOnce(tenant, municipalityCode, idempotencyKey, request, fingerprint));
        } catch (PersistenceException e) {
            if (!(e instanceof ConstraintViolationException) && !(e.getCause() instanceof ConstraintViolationException)) {
                throw e;
            }
            // A concurrent twin won the insert; now this call finds it and answers as a repeat.
            return QuarkusTransaction.requiringNew().call(() -> registerOnce(tenant, municipalityCode, idempotencyKey, request, fingerprint));
        }
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
            if (!referral.requestFingerprint.equals(fingerprint)) {
                throw ProblemException.conflict("A referral with this municipality reference or idempotency key already exists"
                        + " with different content (referral " + referral.id + ")");
            }
            return new Registration(referral, false);
        }

        Instant now = clock.instant();
        Client client = clientFor(tenant, request, now);
        Referral referral = new Referral();
        referral.id = UUID.randomUUID();
        referral.tenant = tenant;
        referral.clientId = client.id;
        referral.municipalityCode = municipalityCode;
        referral.municipalityReference = request.municipalityReference();
        referral.idempotencyKey = idempotencyKey;
        referral.requestFingerprint = fingerprint;
        referral.targetGroup = request.targetGroup();
        referral.benefitSituation = request.benefitSituation();
        referral.question = request.question();
        referral.indicatedProgrammeId = request.indicatedProgrammeId();
        referral.status = ReferralStatus.RECEIVED;
        referral.receivedAt = now;
        referral.statusChangedAt = now;
        referrals.persist(referral);
        referrals.flush(); // surface a duplicate now, inside this attempt

        events.publish(tenant, client.id, new ReferralReceived(referral.id, client.id, municipalityCode, referral.targetGroup,
                referral.benefitSituation, referral.indicatedProgrammeId, Netherlands.dateOf(now)));
        return new Registration(referral, true);
    }

    /** One client per person per tenant: a second referral of the same BSN refers to the same client. */
    private Client clientFor(String tenant, NewReferral request, Instant now) {
        String hash = vault.hash(request.bsn());
        Client client = clients.findByBsnHash(tenant, hash).orElseGet(() -> {
            Client fresh = new Client();
            fresh.id = UUID.randomUUID();
            fresh.tenant = tenant;
            fresh.bsnHash = hash;
            fresh.bsnEncrypted = vault.encrypt(request.bsn());
            fresh.createdAt = now;
            return fresh;
        });
        // The newest referral carries the municipality's current knowledge of name and contact details.
        client.givenNames = request.givenNames();
        client.familyName = request.familyName();
        client.dateOfBirth = request.dateOfBirth();
        client.phone = request.phone();
        client.email = request.email();
        client.postcode = request.postcode();
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
        if (resumedOn.isAfter(Netherlands.today(clock))) {
            throw ProblemException.invalid("resumedOn", "must not be in the future");
        }
        Client client = clients.findByBsnHash(tenant, vault.hash(bsn))
                .filter(c -> referrals.existsForMunicipality(tenant, municipalityCode, c.id))
                .orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND,
                        "No client with this BSN was referred by your municipality"));
        if (resumptions.exists(client.id, resumedOn)) {
            return false;
        }
        BenefitResumption resumption = new BenefitResumption();
        resumption.id = UUID.randomUUID();
        resumption.tenant = tenant;
        resumption.clientId = client.id;
        resumption.municipalityCode = municipalityCode;
        resumption.resumedOn = resumedOn;
        resumption.reportedAt = clock.instant();
        resumptions.persist(resumption);
        events.publish(tenant, client.id, new BenefitResumed(client.id, municipalityCode, resumedOn));
        return true;
    }

    private void checkDateOfBirth(LocalDate dateOfBirth) {
        LocalDate today = Netherlands.today(clock);
        if (dateOfBirth.isAfter(today.minusYears(15)) || dateOfBirth.isBefore(today.minusYears(100))) {
            throw ProblemException.invalid("dateOfBirth", "must give an age between 15 and 100 years");
        }
    }

    /** SHA-256 over every field, in a fixed order, so a repeat can be told from a conflicting one. */
    static String fingerprint(NewReferral r) {
        String canonical = String.join("\u001f", r.municipalityReference(), r.bsn().digits(), r.givenNames(), r.familyName(),
                String.valueOf(r.dateOfBirth()), String.valueOf(r.phone()), String.valueOf(r.email()), String.valueOf(r.postcode()),
                String.valueOf(r.targetGroup()), String.valueOf(r.benefitSituation()), String.valueOf(r.question()),
                String.valueOf(r.indicatedProgrammeId()));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
