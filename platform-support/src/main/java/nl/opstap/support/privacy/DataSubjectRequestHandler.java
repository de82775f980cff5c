package nl.opstap.support.privacy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.UUID;
import nl.opstap.events.DataSubjectRequestCompleted;
import nl.opstap.events.DataSubjectRequested;
import nl.opstap.support.inbox.UnprocessableEventException;
import nl.opstap.support.outbox.EventPublisher;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Carries out a data-subject request in a service that received it from intake-service: exports or erases with the
 * service's {@link ClientDataHolder} and answers with {@link DataSubjectRequestCompleted} through the outbox, in the
 * inbox's transaction, so the work and the answer commit together and a redelivered request is not done twice.
 */
@ApplicationScoped
public class DataSubjectRequestHandler {

    private static final Logger LOG = Logger.getLogger(DataSubjectRequestHandler.class);
    /** The schema's bound for a sealed part; a Kafka record of the default 1 MB must hold it with its envelope. */
    static final int MAX_SEALED_CHARS = 900_000;
    private static final String PROCESSING_LOG = "processing-log";
    /** The processing log's column listing every moment: what a part too large for one record leaves out. */
    private static final String EVERY_MOMENT = "occurred_at";

    private final ClientDataHolder holder;
    private final EventPublisher publisher;
    private final ObjectMapper json;
    private final EntityManager entityManager;
    private final String service;

    DataSubjectRequestHandler(ClientDataHolder holder, EventPublisher publisher, ObjectMapper json, EntityManager entityManager,
            @ConfigProperty(name = "quarkus.application.name") String service) {
        this.holder = holder;
        this.entityManager = entityManager;
        this.publisher = publisher;
        this.json = json;
        this.service = service;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void handle(String tenant, DataSubjectRequested request) {
        DataSubjectRequestCompleted answer = switch (request.right()) {
            case EXPORT -> exported(tenant, request);
            case ERASURE -> new DataSubjectRequestCompleted(request.requestId(), request.clientId(), request.right(), service,
                    holder.erase(tenant, request.clientId()), null);
        };
        publisher.publish(tenant, request.requestId(), answer);
        // Ids only: the log says what was done, never what the data was.
        LOG.infof("Data-subject request %s (%s) carried out for organisation %s: %d records", request.requestId(),
                request.right(), tenant, answer.records());
    }

    private DataSubjectRequestCompleted exported(String tenant, DataSubjectRequested request) {
        if (request.exportPublicKey() == null) {
            throw new UnprocessableEventException("Export request " + request.requestId() + " carries no export key");
        }
        SealedPart part;
        try {
            part = sealedPart(tenant, request.clientId(), request.exportPublicKey());
        } catch (IllegalArgumentException e) { // the request's key is no usable RSA key
            throw new UnprocessableEventException("Export request " + request.requestId() + ": " + e.getMessage());
        }
        if (!part.fitsOneRecord()) {
            throw new UnprocessableEventException("Export request " + request.requestId() + ": the export part is "
                    + part.sealed().length() + " characters sealed, more than " + MAX_SEALED_CHARS);
        }
        return new DataSubjectRequestCompleted(request.requestId(), request.clientId(), request.right(), service,
                part.records(), part.sealed());
    }

    /** A service's export part, sealed for the request's key, and how many records it holds. */
    public record SealedPart(int records, String sealed) {

        /** Whether the part fits the answer event, as it must where it travels to intake-service by Kafka. */
        public boolean fitsOneRecord() {
            return sealed.length() <= MAX_SEALED_CHARS;
        }
    }

    /**
     * The service's part of an export, sealed. The processing log lists the moment of every processing; a client whose
     * file was opened tens of thousands of times would not fit one Kafka record that way, so then the log says per
     * actor, endpoint and purpose how often, first and last, rather than failing the whole request. Whether even that
     * fits is for the caller: intake-service keeps its own part in its database, where no record bound applies.
     */
    public SealedPart sealedPart(String tenant, UUID clientId, String publicKey) {
        ClientRecords records = gather(tenant, clientId);
        SealedPart part = new SealedPart(records.count(), seal(publicKey, records));
        if (part.fitsOneRecord()) {
            return part;
        }
        LOG.infof("Export part for organisation %s too large with every processing moment (%d characters sealed); "
                + "the processing log goes summarised", tenant, part.sealed().length());
        return new SealedPart(records.count(), seal(publicKey, records.without(PROCESSING_LOG, EVERY_MOMENT)));
    }

    /**
     * What the service's holder exports, and who processed the client's data here and why: one record per actor, role,
     * endpoint, purpose and legal basis, with how often, first, last and each moment.
     */
    private ClientRecords gather(String tenant, UUID clientId) {
        // An entry about a list (a caseload page) names other clients too: the export names only the asking client.
        return holder.export(tenant, clientId).add(entityManager, PROCESSING_LOG, "select cast(? as uuid) as client_id, actor, "
                + "actor_roles, category, operation, endpoint, purpose, legal_basis, count(*) as times, "
                + "min(occurred_at) as first_at, max(occurred_at) as last_at, "
                + "array_agg(occurred_at order by occurred_at) as " + EVERY_MOMENT
                + " from audit_entry where tenant = ? and client_ids @> array[cast(? as uuid)] "
                + "group by actor, actor_roles, category, operation, endpoint, purpose, legal_basis order by min(occurred_at)",
                clientId, tenant, clientId);
    }

    private String seal(String publicKey, ClientRecords records) {
        try {
            return ExportSeal.seal(publicKey, json.writeValueAsBytes(records.byKind()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Export part not writable as JSON", e);
        }
    }
}
