package nl.opstap.employer.service;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;
import nl.opstap.employer.domain.ContractTerms;
import nl.opstap.employer.domain.SroiContract;
import nl.opstap.employer.domain.SroiRuleset;
import nl.opstap.employer.repository.ContractRepository;
import nl.opstap.support.domain.InvalidTransitionException;
import nl.opstap.support.domain.NotFoundException;
import nl.opstap.support.domain.RuleViolationException;
import nl.opstap.support.outbox.EventPublisher;

@ApplicationScoped
public class ContractService {

    private final ContractRepository contracts;
    private final EmployerService employers;
    private final RulesetService rulesets;
    private final EventPublisher events;
    private final Clock clock;

    ContractService(ContractRepository contracts, EmployerService employers, RulesetService rulesets, EventPublisher events, Clock clock) {
        this.contracts = contracts;
        this.employers = employers;
        this.rulesets = rulesets;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public SroiContract draft(Viewer viewer, UUID contractorId, ContractTerms terms) {
        if (terms.endsOn().isBefore(terms.startsOn())) {
            throw new RuleViolationException("endsOn lies before startsOn");
        }
        rulesets.newest(viewer.tenant(), terms.rulesetCode());
        contracts.findByTender(viewer.tenant(), terms.tenderReference()).ifPresent(existing -> {
            throw new InvalidTransitionException("A contract for tender " + terms.tenderReference() + " exists already: " + existing.id);
        });
        SroiContract contract = SroiContract.draft(employers.get(viewer, contractorId), terms, viewer.name(), clock.instant());
        contracts.persist(contract);
        return contract;
    }

    /**
     * Signs under the ruleset's newest version, which then stays the contract's however the ruleset changes, and
     * publishes the obligation (in the same transaction, through the outbox) for reporting's SROI balance.
     */
    @Transactional
    public SroiContract sign(Viewer viewer, UUID id) {
        SroiContract contract = get(viewer, id);
        contract.sign(rulesets.newest(viewer.tenant(), contract.rulesetCode), viewer.name(), clock.instant());
        events.publish(contract.tenant, contract.contractorEmployerId, contract.signed());
        return contract;
    }

    public SroiContract get(Viewer viewer, UUID id) {
        SroiContract contract = contracts.findInTenant(viewer.tenant(), id).orElseThrow(() -> new NotFoundException("Contract", id));
        viewer.requireAccessTo("Contract", id, contract.contractorEmployerId);
        return contract;
    }

    public PanacheQuery<SroiContract> list(Viewer viewer, UUID contractorId) {
        if (viewer.isEmployerUser() && contractorId != null) {
            viewer.requireAccessTo("Employer", contractorId, contractorId);
        }
        return contracts.ofTenant(viewer.tenant(), viewer.isEmployerUser() ? viewer.ownEmployer() : contractorId);
    }

    /** The ruleset version a contract's credit is computed with: frozen when signed, the newest while a draft. */
    public SroiRuleset rulesetOf(SroiContract contract) {
        return contract.isSigned() ? rulesets.version(contract.tenant, contract.rulesetCode, contract.rulesetVersion)
                : rulesets.newest(contract.tenant, contract.rulesetCode);
    }
}
