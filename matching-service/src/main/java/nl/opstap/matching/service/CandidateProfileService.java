package nl.opstap.matching.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import nl.opstap.events.ClientAdmitted;
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
        CandidateProfile profile = profiles.findByIdOptional(admitted.clientId()).orElseGet(CandidateProfile::new);
        profile.admit(tenant, admitted, clock.instant());
        profiles.persist(profile);
    }
}
