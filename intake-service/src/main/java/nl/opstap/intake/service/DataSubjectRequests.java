package nl.opstap.intake.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.opstap.events.DataSubjectRequestCompleted;
import nl.opstap.events.DataSubjectRequested;
import nl.opstap.events.vocabulary.DataSubjectRight;
import nl.opstap.intake.config.PrivacyConfig;
import nl.opstap.intake.domain.DataSubjectRequest.Reason;
import nl.opstap.intake.domain.DataSubjectRequest.Status;
import nl.opstap.intake.domain.DataSubjectRequest;
import nl.opstap.intake.domain.DataSubjectRequestPart;
import nl.opstap.intake.domain.ReferralStatus;
import nl.opstap.intake.repository.ClientRepository;
import nl.opstap.intake.repository.DataSubjectRequestPartRepository;
import nl.opstap.intake.repository.DataSubjectRequestRepository;
import nl.opstap.intake.repository.ReferralRepository;
import nl.opstap.support.domain.InvalidTransitionException;
import nl.opstap.support.domain.NotFoundException;
import nl.opstap.support.outbox.EventPublisher;
import nl.opstap.support.privacy.DataSubjectRequestHandler;
import nl.opstap.support.privacy.ExportSeal;
import nl.opstap.support.time.Netherlands;
import nl.opstap.support.transaction.InsertRace;
import org.jboss.logging.Logger;

/**
 * The data-subject rights across the platform. intake-service, the only service that knows who a pseudonymous id is,
 * takes the request, carries out its own part at once and asks every other service through DataSubjectRequested; their
 * answers (DataSubjectRequestCompleted) come back here, so the progress per service is visible in one place and an
 * export becomes one document.
 */
@ApplicationScoped
public class DataSubjectRequests {

    /** Every service that holds client data, in the order a document lists them. */
    public static final List<String> SERVICES = List.of("intake-service", "trajectory-service", "matching-service",
            "employer-service", "reporting-service");
    private static final String SELF = SERVICES.get(0);
    private static final Logger LOG = Logger.getLogger(DataSubjectRequests.class);

    /** A request and the answers so far. */
    public record Progress(DataSubjectRequest request, List<DataSubjectRequestPart> answers) {
    }

    /** A request, and whether this call made it (or found one of the same kind still running). */
    public record Taken(Progress progress, boolean created) {
    }

    private final DataSubjectRequestRepository requests;
    private final DataSubjectRequestPartRepository parts;
    private final ClientRepository clients;
    private final ReferralRepository referrals;
    private final IntakeClientData clientData;
    private final DataSubjectRequestHandler exportParts;
    private final EventPublisher events;
    private final BsnVault vault;
    private final ObjectMapper json;
    private final PrivacyConfig config;
    private final Clock clock;

    DataSubjectRequests(DataSubjectRequestRepository requests, DataSubjectRequestPartRepository parts, ClientRepository clients,
            ReferralRepository referrals, IntakeClientData clientData, DataSubjectRequestHandler exportParts, EventPublisher events,
            BsnVault vault, ObjectMapper json, PrivacyConfig config, Clock clock) {
        this.requests = requests;
        this.parts = parts;
        this.clients = clients;
        this.referrals = referrals;
        this.clientData = clientData;
        this.exportParts = exportParts;
        this.events = events;
        this.vault = vault;
        this.json = json;
        this.config = config;
        this.clock = clock;
    }

    /**
     * Takes an export or erasure request for a client of the organisation, in a transaction of its own. A request of the
     * same kind that is still being carried out is returned instead of a second one, also when two arrive at once. An
     * erasure waits until the client's trajectory has ended.
     */
    public Taken request(String tenant, UUID clientId, DataSubjectRight right, Reason reason, String by) {
        return InsertRace.settle(() -> takeOnce(tenant, clientId, right, reason, by));
    }

    private Taken takeOnce(String tenant, UUID clientId, DataSubjectRight right, Reason reason, String by) {
        clients.findInTenant(tenant, clientId).orElseThrow(() -> new NotFoundException("Client", clientId));
        Optional<DataSubjectRequest> running = requests.inProgress(tenant, clientId, right);
        if (running.isPresent()) {
            return new Taken(progress(running.get()), false);
        }
        if (right == DataSubjectRight.ERASURE) {
            requireNoRunningTrajectory(tenant, clientId);
        }
        Instant now = clock.instant();
        DataSubjectRequest request = DataSubjectRequest.of(tenant, clientId, right, reason, by, Netherlands.today(clock), now);
        requests.persist(request);
        requests.flush(); // a concurrent twin of this request surfaces now (one running per kind), before any work is done
        String publicKey = null;
        DataSubjectRequestPart own;
        if (right == DataSubjectRight.EXPORT) {
            KeyPair keys = ExportSeal.newKeyPair();
            publicKey = ExportSeal.encode(keys.getPublic());
            request.exportPrivateKey = vault.encryptText(ExportSeal.encode(keys.getPrivate()));
            request.exportExpiresAt = now.plus(config.exportAvailable());
            DataSubjectRequestHandler.SealedPart part = exportParts.sealedPart(tenant, clientId, publicKey);
            own = DataSubjectRequestPart.of(request.id, SELF, part.records(), part.sealed(), now);
        } else {
            own = DataSubjectRequestPart.of(request.id, SELF, clientData.erase(tenant, clientId), null, now);
            // An export made earlier holds the person too: it goes with them.
            requests.openExportsOf(tenant, clientId).forEach(this::expire);
        }
        parts.persist(own);
        events.publish(tenant, clientId, new DataSubjectRequested(request.id, clientId, right, request.requestedOn, publicKey));
        LOG.infof("Data-subject request %s (%s, %s) taken for organisation %s", request.id, right, reason, tenant);
        return new Taken(new Progress(request, List.of(own)), true);
    }

    /** Erasing the person behind a running trajectory would leave the coach with a file nobody can be reached for. */
    private void requireNoRunningTrajectory(String tenant, UUID clientId) {
        referrals.latestOfClient(tenant, clientId).filter(r -> r.status == ReferralStatus.ADMITTED).ifPresent(r -> {
            throw new InvalidTransitionException("The client's trajectory is running: end it (or let it end) before erasing the client");
        });
    }

    /** One service's answer; a repeated answer, or one for a request of another organisation, changes nothing. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void answered(String tenant, DataSubjectRequestCompleted answer) {
        DataSubjectRequest request = requests.findInTenant(tenant, answer.requestId()).orElse(null);
        if (request == null || !SERVICES.contains(answer.service())
                || parts.findById(new DataSubjectRequestPart.Key(request.id, answer.service())) != null) {
            LOG.warnf("Answer of %s to data-subject request %s skipped: unknown request, or answered before", answer.service(),
                    answer.requestId());
            return;
        }
        Instant now = clock.instant();
        String sealed = request.status == Status.EXPIRED ? null : answer.sealedExport();
        parts.persist(DataSubjectRequestPart.of(request.id, answer.service(), answer.records(), sealed, now));
        if (parts.ofRequest(request.id).size() == SERVICES.size()) {
            request.completed(now);
            LOG.infof("Data-subject request %s (%s) carried out by every service", request.id, request.dataSubjectRight);
        }
    }

    @Transactional
    public Progress progress(String tenant, UUID requestId) {
        return progress(find(tenant, requestId));
    }

    private Progress progress(DataSubjectRequest request) {
        return new Progress(request, parts.ofRequest(request.id));
    }

    private DataSubjectRequest find(String tenant, UUID requestId) {
        return requests.findInTenant(tenant, requestId).orElseThrow(() -> new NotFoundException("Data-subject request", requestId));
    }

    /** The export as one JSON document: each service's part opened with the request's private key. */
    @Transactional
    public ObjectNode document(String tenant, UUID requestId) {
        DataSubjectRequest request = find(tenant, requestId);
        if (request.dataSubjectRight != DataSubjectRight.EXPORT) {
            throw new InvalidTransitionException("An erasure has no document; its progress shows what each service erased");
        }
        if (request.status == Status.EXPIRED) {
            throw new InvalidTransitionException("The export's document has expired, or went with the client's erasure");
        }
        List<DataSubjectRequestPart> answers = parts.ofRequest(request.id);
        if (request.status != Status.COMPLETED) {
            List<String> answered = answers.stream().map(p -> p.key.service()).toList();
            throw new InvalidTransitionException("The export is not complete yet; waiting for "
                    + String.join(", ", SERVICES.stream().filter(s -> !answered.contains(s)).toList()));
        }
        PrivateKey key = ExportSeal.privateKey(vault.decryptText(request.exportPrivateKey));
        ObjectNode document = json.createObjectNode()
                .put("requestId", request.id.toString())
                .put("clientId", request.clientId.toString())
                .put("organisation", request.tenant)
                .put("requestedOn", request.requestedOn.toString())
                .put("generatedAt", clock.instant().toString());
        ObjectNode services = document.putObject("services");
        for (String service : SERVICES) {
            DataSubjectRequestPart part = answers.stream().filter(p -> p.key.service().equals(service)).findFirst().orElseThrow();
            try {
                services.set(service, json.readTree(ExportSeal.open(key, part.sealedExport)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return document;
    }

    /** Deletes the keys and sealed parts of exports past their time; returns how many expired. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int expireExports() {
        List<DataSubjectRequest> due = requests.exportsExpiredBy(clock.instant());
        due.forEach(this::expire);
        return due.size();
    }

    private void expire(DataSubjectRequest export) {
        export.expire();
        parts.forgetExports(export.id);
    }
}
