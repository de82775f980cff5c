package nl.opstap.matching.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.Set;
import java.util.UUID;
import nl.opstap.matching.domain.placement.Proposal;
import nl.opstap.matching.repository.ProposalRepository;
import nl.opstap.support.audit.AuditSubjectResolver;

/** Audited endpoints under /proposals/{proposalId} and /employer/proposals/{proposalId}: the client is the proposal's candidate. */
@ApplicationScoped
class ProposalAuditSubjects implements AuditSubjectResolver {

    /** What a proposal holds about the client, as the audit trail names it. */
    static final String CATEGORY = "placement (proposal, consent, trial placement, placement)";

    private final ProposalRepository proposals;

    ProposalAuditSubjects(ProposalRepository proposals) {
        this.proposals = proposals;
    }

    @Override
    public Set<UUID> clientsOf(String tenant, MultivaluedMap<String, String> pathParameters) {
        return AuditSubjectResolver.pathId(pathParameters, "proposalId")
                .flatMap(id -> proposals.find("tenant = ?1 and id = ?2", tenant, id).<Proposal>firstResultOptional())
                .map(p -> Set.of(p.clientId)).orElse(Set.of());
    }
}
