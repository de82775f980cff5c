package nl.opstap.matching.rest;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import nl.opstap.events.vocabulary.TargetGroup;
import nl.opstap.matching.domain.CandidateProfile;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A candidate profile; identified by the pseudonymous client id only")
public record CandidateView(UUID clientId, UUID programmeId, TargetGroup targetGroup, Integer participationLadderStep,
        Integer wageValuePercent, Integer hoursPerWeek, String postcodeArea, Integer maxTravelMinutes, List<String> workTypes,
        List<String> physicalLimits, LocalDate admittedOn) {

    static CandidateView of(CandidateProfile p) {
        return new CandidateView(p.clientId, p.programmeId, p.targetGroup, p.participationLadderStep, p.wageValuePercent,
                p.hoursPerWeek, p.postcodeArea, p.maxTravelMinutes, split(p.workTypes), split(p.physicalLimits), p.admittedOn);
    }

    private static List<String> split(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
    }
}
