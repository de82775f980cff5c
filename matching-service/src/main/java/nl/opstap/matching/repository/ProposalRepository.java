package nl.opstap.matching.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.opstap.matching.domain.placement.Proposal;
import nl.opstap.matching.domain.placement.ProposalStage;

@ApplicationScoped
public class ProposalRepository implements PanacheRepositoryBase<Proposal, UUID> {

    private static final Sort NEWEST_FIRST = Sort.descending("proposedAt").and("id");

    public Optional<Proposal> findInTenant(String tenant, UUID id) {
        return find("tenant = ?1 and id = ?2", tenant, id).firstResultOptional();
    }

    /** A proposal as its employer sees it: any other employer's, or another tenant's, is not found. */
    public Optional<Proposal> findForEmployer(String tenant, UUID employerId, UUID id) {
        return find("tenant = ?1 and employerId = ?2 and id = ?3", tenant, employerId, id).firstResultOptional();
    }

    /** The tenant's proposals, optionally of one vacancy, one stage or one proposer; newest first. */
    public PanacheQuery<Proposal> search(String tenant, UUID vacancyId, ProposalStage stage, String proposedBy) {
        StringBuilder query = new StringBuilder("tenant = :tenant");
        Parameters parameters = Parameters.with("tenant", tenant);
        if (vacancyId != null) {
            query.append(" and vacancyId = :vacancy");
            parameters.and("vacancy", vacancyId);
        }
        if (stage != null) {
            query.append(" and stage = :stage");
            parameters.and("stage", stage);
        }
        if (proposedBy != null) {
            query.append(" and proposedBy = :proposedBy");
            parameters.and("proposedBy", proposedBy);
        }
        return find(query.toString(), NEWEST_FIRST, parameters);
    }

    public PanacheQuery<Proposal> ofEmployer(String tenant, UUID employerId, ProposalStage stage) {
        return stage == null
                ? find("tenant = ?1 and employerId = ?2", NEWEST_FIRST, tenant, employerId)
                : find("tenant = ?1 and employerId = ?2 and stage = ?3", NEWEST_FIRST, tenant, employerId, stage);
    }

    /** The proposal of this candidate for this vacancy that has not ended, if any. */
    public Optional<Proposal> openFor(UUID vacancyId, UUID clientId) {
        return find("vacancyId = ?1 and clientId = ?2 and stage not in ?3", vacancyId, clientId, finalStages()).firstResultOptional();
    }

    /** The proposal through which this candidate is placed now, if any. */
    public Optional<Proposal> placementOf(String tenant, UUID clientId) {
        return find("tenant = ?1 and clientId = ?2 and stage = ?3", tenant, clientId, ProposalStage.PLACED).firstResultOptional();
    }

    /** Counts per stage for each group (vacancy id or proposer) on the page of groups asked for, busiest group first. */
    public List<Object[]> stageCounts(String tenant, String groupColumn, int pageIndex, int pageSize) {
        String column = groupable(groupColumn);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                with page as (
                    select %1$s as grp from proposal where tenant = ?1
                    group by %1$s order by count(*) desc, %1$s limit ?2 offset ?3)
                select p.%1$s, p.stage, count(*) from proposal p join page on page.grp = p.%1$s
                where p.tenant = ?1 group by p.%1$s, p.stage""".formatted(column))
                .setParameter(1, tenant).setParameter(2, pageSize).setParameter(3, (long) pageIndex * pageSize)
                .getResultList();
        return rows;
    }

    public long groupCount(String tenant, String groupColumn) {
        String column = groupable(groupColumn);
        return ((Number) getEntityManager().createNativeQuery("select count(distinct " + column + ") from proposal where tenant = ?1")
                .setParameter(1, tenant).getSingleResult()).longValue();
    }

    /** The column name, checked against the two a pipeline groups by: it goes into SQL text. */
    private static String groupable(String column) {
        return switch (column) {
            case "vacancy_id", "proposed_by" -> column;
            default -> throw new IllegalArgumentException(column);
        };
    }

    private static List<ProposalStage> finalStages() {
        return List.of(ProposalStage.values()).stream().filter(ProposalStage::isFinal).toList();
    }
}
