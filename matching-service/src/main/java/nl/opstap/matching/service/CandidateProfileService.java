package nl.opstap.matching.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;
import nl.opstap.events.ClientAdmitted;
import nl.opstap.events.ClientProfile;
import nl.opstap.matching.domain.CandidateProfile;
import nl.opstap.matching.repository.CandidateProfileRepository;

/** Keeps the candidate pool in step with intake's admissions. */
@ApplicationScoped
public class CandidateProfileService {

    private final CandidateProfileRepository profiles;
    private final Clock clock;

    CandidateProfileService(CandidateProfileRepository profiles, Clock clock) {
        this.profiles = profiles;
        this.clock = clock;
    }

    /** A (re-)admission replaces the profile: the newest assessment is the one to match on. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void admitted(String tenant, ClientAdmitted admitted) {
        CandidateProfile profile = profiles.findByIdOptional(admitted.clientId()).orElseGet(() -> {
            CandidateProfile fresh = new CandidateProfile();
            fresh.clientId = admitted.clientId();
            return fresh;
        });
        profile.tenant = tenant;
        profile.programmeId = admitted.programmeId();
        profile.targetGroup = admitted.targetGroup();
        profile.admittedOn = admitted.admittedOn();
        ClientProfile p = admitted.profile();
        if (p != null) {
            profile.participationLadderStep = p.participationLadderStep();
            profile.wageValuePercent = p.wageValuePercent();
            profile.hoursPerWeek = p.hoursPerWeek();
            profile.postcodeArea = p.postcodeArea();
            profile.maxTravelMinutes = p.maxTravelMinutes();
            profile.workTypes = join(p.workTypes());
            profile.physicalLimits = p.physicalLimits() == null ? null
                    : p.physicalLimits().stream().map(Enum::name).collect(Collectors.joining(","));
        }
        profile.updatedAt = clock.instant();
        profiles.persist(profile);
    }

    private static String join(List<String> values) {
        return values == null ? null : String.join(",", values);
    }
}
