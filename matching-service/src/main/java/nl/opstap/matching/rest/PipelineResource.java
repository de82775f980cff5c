package nl.opstap.matching.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.opstap.matching.domain.Vacancy;
import nl.opstap.matching.domain.placement.ProposalStage;
import nl.opstap.matching.repository.ProposalRepository;
import nl.opstap.matching.repository.VacancyRepository;
import nl.opstap.support.rest.PageRequest;
import nl.opstap.support.rest.PageResponse;
import nl.opstap.support.security.Caller;
import nl.opstap.support.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/pipeline")
@Tag(name = "Pipeline", description = "Proposals counted per stage, per vacancy and per account manager")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ACCOUNT_MANAGER, Roles.JOBCOACH})
public class PipelineResource {

    private static final String BY_VACANCY = "vacancy_id";
    private static final String BY_PROPOSER = "proposed_by";

    private final ProposalRepository proposals;
    private final VacancyRepository vacancies;
    private final Caller caller;

    PipelineResource(ProposalRepository proposals, VacancyRepository vacancies, Caller caller) {
        this.proposals = proposals;
        this.vacancies = vacancies;
        this.caller = caller;
    }

    @GET
    @Path("/vacancies")
    @Operation(summary = "Pipeline per vacancy", description = "Vacancies with proposals, the most proposals first; every stage counted.")
    @APIResponse(responseCode = "200", description = "One page of vacancies with their counts")
    public PageResponse<PipelineView> byVacancy(@BeanParam PageRequest page) {
        Map<Object, Map<ProposalStage, Long>> counts = counts(BY_VACANCY, page);
        Map<UUID, Vacancy> vacancyById = vacancies.withIds(counts.keySet().stream().map(UUID.class::cast).toList()).stream()
                .collect(Collectors.toMap(v -> v.vacancyId, Function.identity()));
        List<PipelineView> rows = counts.entrySet().stream().map(e -> {
            Vacancy vacancy = vacancyById.get((UUID) e.getKey());
            return view((UUID) e.getKey(), vacancy == null ? null : vacancy.title, null, e.getValue());
        }).toList();
        return PageResponse.of(rows, page, proposals.groupCount(caller.tenant(), BY_VACANCY), Function.identity());
    }

    @GET
    @Path("/account-managers")
    @Operation(summary = "Pipeline per account manager", description = "By who proposed, the most proposals first; every stage counted.")
    @APIResponse(responseCode = "200", description = "One page of account managers with their counts")
    public PageResponse<PipelineView> byAccountManager(@BeanParam PageRequest page) {
        List<PipelineView> rows = counts(BY_PROPOSER, page).entrySet().stream()
                .map(e -> view(null, null, (String) e.getKey(), e.getValue())).toList();
        return PageResponse.of(rows, page, proposals.groupCount(caller.tenant(), BY_PROPOSER), Function.identity());
    }

    /** Stage counts per group, in the repository's order (busiest first, then by key). */
    private Map<Object, Map<ProposalStage, Long>> counts(String group, PageRequest page) {
        Map<Object, Map<ProposalStage, Long>> counts = new LinkedHashMap<>();
        List<Object[]> rows = proposals.stageCounts(caller.tenant(), group, page.index(), page.size());
        for (Object[] row : rows) {
            counts.computeIfAbsent(row[0], k -> new EnumMap<>(ProposalStage.class))
                    .put(ProposalStage.valueOf((String) row[1]), ((Number) row[2]).longValue());
        }
        return counts.entrySet().stream()
                .sorted((a, b) -> {
                    long ta = total(a.getValue());
                    long tb = total(b.getValue());
                    return ta != tb ? Long.compare(tb, ta) : a.getKey().toString().compareTo(b.getKey().toString());
                })
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (x, y) -> x, LinkedHashMap::new));
    }

    private static long total(Map<ProposalStage, Long> stages) {
        return stages.values().stream().mapToLong(Long::longValue).sum();
    }

    private static PipelineView view(UUID vacancyId, String title, String accountManager, Map<ProposalStage, Long> counted) {
        return new PipelineView(vacancyId, title, accountManager, PipelineView.allStages(counted), total(counted));
    }
}
