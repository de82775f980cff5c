package nl.opstap.matching.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.opstap.events.vocabulary.TargetGroup;
import nl.opstap.matching.domain.CandidateProfile;
import nl.opstap.matching.domain.CommaList;
import nl.opstap.matching.domain.PoolStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A candidate profile; identified by the pseudonymous client id only")
public record CandidateView(UUID clientId, UUID programmeId, TargetGroup targetGroup, Integer participationLadderStep,
        Integer wageValuePercent, Integer hoursPerWeek, String postcodeArea, Integer maxTravelMinutes, List<String> workTypes,
        List<String> physicalLimits, List<String> certificates,
        @Schema(description = "AVAILABLE (in the pool), PLACED or TRAJECTORY_ENDED") PoolStatus poolStatus, LocalDate admittedOn) {

    static CandidateView of(CandidateProfile p) {
        return new CandidateView(p.clientId, p.programmeId, p.targetGroup, p.participationLadderStep, p.wageValuePercent,
                p.hoursPerWeek, p.postcodeArea, p.maxTravelMinutes, CommaList.split(p.workTypes), CommaList.split(p.physicalLimits),
                CommaList.split(p.certificates), p.poolStatus, p.admittedOn);
    }
}
