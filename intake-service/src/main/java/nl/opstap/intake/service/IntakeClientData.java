package nl.opstap.intake.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.opstap.intake.domain.Client;
import nl.opstap.intake.repository.ClientRepository;
import nl.opstap.support.privacy.ClientDataHolder;
import nl.opstap.support.privacy.ClientRecords;

/**
 * What intake-service holds about a client: the person (BSN, name, birth date, contact), referrals, intake interviews,
 * instrument results (health-related limits among them), reported benefit resumptions and identity shares. Erasure
 * removes the person and everything written about them; the pseudonymous id, dates, statuses and outcomes stay,
 * which is what the municipality's referral status and the aggregate figures need.
 */
@ApplicationScoped
public class IntakeClientData implements ClientDataHolder {

    private final EntityManager entityManager;
    private final ClientRepository clients;
    private final BsnVault vault;
    private final Clock clock;

    IntakeClientData(EntityManager entityManager, ClientRepository clients, BsnVault vault, Clock clock) {
        this.entityManager = entityManager;
        this.clients = clients;
        this.vault = vault;
        this.clock = clock;
    }

    @Override
    public ClientRecords export(String tenant, UUID clientId) {
        ClientRecords records = new ClientRecords();
        clients.findInTenant(tenant, clientId).ifPresent(client -> records.add("client", List.of(person(client))));
        return records
                .add(entityManager, "referrals", "select id, municipality_code, municipality_reference, target_group, benefit_situation, "
                        + "question, indicated_programme_id, status, status_reason, programme_id, intake_planned_on, decision_note, "
                        + "decided_by, received_on, decided_on, received_at, status_changed_at from referral "
                        + "where tenant = ? and client_id = ? order by received_at", tenant, clientId)
                .add(entityManager, "intake-interviews", "select id, held_on, interviewer, motivation, notes, recorded_at, recorded_by "
                        + "from intake_interview where tenant = ? and client_id = ? order by held_on", tenant, clientId)
                .add(entityManager, "assessments", "select id, instrument, assessed_on, result, recorded_at, recorded_by "
                        + "from assessment where tenant = ? and client_id = ? order by assessed_on, recorded_at", tenant, clientId)
                .add(entityManager, "benefit-resumptions", "select municipality_code, resumed_on, reported_at "
                        + "from benefit_resumption where tenant = ? and client_id = ? order by resumed_on", tenant, clientId)
                .add(entityManager, "identity-shares", "select proposal_id, employer_id, vacancy_id, consented_on "
                        + "from identity_share where tenant = ? and client_id = ? order by consented_on", tenant, clientId);
    }

    /** The person as stored, the BSN decrypted: the client has a right to see it. */
    private Map<String, Object> person(Client client) {
        Map<String, Object> person = new LinkedHashMap<>();
        person.put("id", client.id.toString());
        person.put("bsn", vault.decrypt(client.bsnEncrypted).digits());
        person.put("givenNames", client.givenNames);
        person.put("familyName", client.familyName);
        person.put("dateOfBirth", String.valueOf(client.dateOfBirth));
        person.put("phone", client.phone);
        person.put("email", client.email);
        person.put("postcode", client.postcode);
        person.put("registeredAt", client.createdAt.toString());
        return person;
    }

    @Override
    public int erase(String tenant, UUID clientId) {
        Client client = clients.findInTenant(tenant, clientId).orElse(null);
        if (client == null) {
            return 0;
        }
        client.erase(clock.instant());
        // The municipality's case reference and the request fingerprint (a hash over BSN and name) identify the person;
        // the reference must stay unique per municipality, so it becomes the referral's own id.
        int referrals = ClientDataHolder.eraseRows(entityManager, "update referral set municipality_reference = 'erased:' || id, idempotency_key = null, "
                + "request_fingerprint = 'erased', question = null, decision_note = null where tenant = ? and client_id = ?", tenant, clientId);
        int interviews = ClientDataHolder.eraseRows(entityManager, "delete from intake_interview where tenant = ? and client_id = ?", tenant, clientId);
        int assessments = ClientDataHolder.eraseRows(entityManager, "delete from assessment where tenant = ? and client_id = ?", tenant, clientId);
        int shares = ClientDataHolder.eraseRows(entityManager, "delete from identity_share where tenant = ? and client_id = ?", tenant, clientId);
        return 1 + referrals + interviews + assessments + shares;
    }

}
