package nl.opstap.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.UUID;
import nl.opstap.reporting.repository.JourneyFactWriter;
import nl.opstap.reporting.repository.ProjectionSchema;
import nl.opstap.support.privacy.ClientDataHolder;
import nl.opstap.support.privacy.ClientRecords;

/**
 * What reporting-service holds about a client: the journey facts the figures are computed from, under the pseudonymous
 * id. Erasure takes out the postcode area ({@link JourneyFactWriter#eraseClient}); the facts themselves stay so that
 * every figure, and a replay of the topics, stays the same.
 */
@ApplicationScoped
public class ReportingClientData implements ClientDataHolder {

    private static final String LIVE = ProjectionSchema.LIVE;

    private final EntityManager entityManager;
    private final JourneyFactWriter writer;

    ReportingClientData(EntityManager entityManager, JourneyFactWriter writer) {
        this.entityManager = entityManager;
        this.writer = writer;
    }

    @Override
    public ClientRecords export(String tenant, UUID clientId) {
        ClientRecords records = new ClientRecords();
        for (String table : new String[] {"referral", "admission", "referred_back", "trajectory", "placement", "aftercare_end",
                "benefit_resumption", "development_measurement", "sroi_credit"}) {
            records.add(entityManager, table.replace('_', '-'), "select * from " + LIVE + "." + table + " where tenant = ? and client_id = ?",
                    tenant, clientId);
        }
        return records;
    }

    @Override
    public int erase(String tenant, UUID clientId) {
        return writer.eraseClient(LIVE, tenant, clientId);
    }
}
