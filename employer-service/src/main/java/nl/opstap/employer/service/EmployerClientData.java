package nl.opstap.employer.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.UUID;
import nl.opstap.support.privacy.ClientDataHolder;
import nl.opstap.support.privacy.ClientRecords;

/**
 * What employer-service holds about a client: the placements it credits SROI for and the ledger lines they earned,
 * under the pseudonymous id only (hours, target group, 55-plus, dates, amounts). Nothing in them identifies the person
 * once intake-service has erased them, and the SROI accounting an employer reports to its contracting authority needs
 * them unchanged, so erasure keeps them: it answers with 0 records erased.
 */
@ApplicationScoped
public class EmployerClientData implements ClientDataHolder {

    private final EntityManager entityManager;

    EmployerClientData(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public ClientRecords export(String tenant, UUID clientId) {
        return new ClientRecords()
                .add(entityManager, "placements", "select placement_id, employer_id, hours_per_week, target_group, aged_55_or_over, "
                        + "placed_on, ended_on from placement where tenant = ? and client_id = ? order by placed_on", tenant, clientId)
                .add(entityManager, "sroi-ledger", "select contract_id, employer_id, period, amount_cents, rule, calculation, placement_id "
                        + "from sroi_ledger_entry where tenant = ? and client_id = ? order by period", tenant, clientId);
    }

    @Override
    public int erase(String tenant, UUID clientId) {
        return 0;
    }
}
