package nl.opstap.matching.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.opstap.events.ClientAdmitted;
import nl.opstap.events.ClientProfile;
import nl.opstap.events.vocabulary.AgeBand;
import nl.opstap.events.vocabulary.TargetGroup;

/** An admitted client as matching sees them: no identity, only what a match weighs. */
@Entity
@Table(name = "candidate_profile")
public class CandidateProfile {

    @Id
    @Column(name = "client_id")
    public UUID clientId;

    @Column(nullable = false)
    public String tenant;

    @Column(name = "programme_id", nullable = false)
    public UUID programmeId;

    @Enumerated(EnumType.STRING)
    @Column(name = "target_group", nullable = false)
    public TargetGroup targetGroup;

    @Column(name = "participation_ladder_step")
    public Integer participationLadderStep;

    @Column(name = "wage_value_percent")
    public Integer wageValuePercent;

    @Column(name = "hours_per_week")
    public Integer hoursPerWeek;

    @Column(name = "postcode_area")
    public String postcodeArea;

    @Column(name = "max_travel_minutes")
    public Integer maxTravelMinutes;

    @Column(name = "work_types")
    public String workTypes;

    @Column(name = "physical_limits")
    public String physicalLimits;

    @Column(name = "competence_social")
    public Integer competenceSocial;

    @Column(name = "competence_motivation")
    public Integer competenceMotivation;

    @Column(name = "competence_work")
    public Integer competenceWork;

    @Column(name = "competence_learning")
    public Integer competenceLearning;

    /** Interest scores as {@code R:72,S:64}; see {@link #riasecScores()}. */
    public String riasec;

    public String certificates;

    /** Whether the candidate is in the pool, from trajectories and placements ({@link PoolStatus#of}). */
    @Enumerated(EnumType.STRING)
    @Column(name = "pool_status", nullable = false)
    public PoolStatus poolStatus = PoolStatus.AVAILABLE;

    @Column(name = "available_from")
    public LocalDate availableFrom;

    /** Absent for admissions published before ClientAdmitted carried it. */
    @Enumerated(EnumType.STRING)
    @Column(name = "age_band")
    public AgeBand ageBand;

    @Column(name = "admitted_on", nullable = false)
    public LocalDate admittedOn;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** A candidate for the pool as admitted; a re-admission replaces the profile, the newest assessment counts. */
    public void admit(String tenant, ClientAdmitted admitted, Instant now) {
        clientId = admitted.clientId();
        this.tenant = tenant;
        programmeId = admitted.programmeId();
        targetGroup = admitted.targetGroup();
        admittedOn = admitted.admittedOn();
        ageBand = admitted.ageBand();
        ClientProfile p = admitted.profile();
        if (p != null) {
            participationLadderStep = p.participationLadderStep();
            wageValuePercent = p.wageValuePercent();
            hoursPerWeek = p.hoursPerWeek();
            postcodeArea = p.postcodeArea();
            maxTravelMinutes = p.maxTravelMinutes();
            workTypes = CommaList.join(p.workTypes());
            physicalLimits = CommaList.join(p.physicalLimits());
            certificates = CommaList.join(p.certificates());
            ClientProfile.Competences c = p.competences();
            competenceSocial = c == null ? null : c.socialSkills();
            competenceMotivation = c == null ? null : c.motivation();
            competenceWork = c == null ? null : c.workSkills();
            competenceLearning = c == null ? null : c.learningAttitude();
            riasec = p.riasec() == null ? null : new TreeMap<>(p.riasec()).entrySet().stream()
                    .map(e -> e.getKey() + ":" + e.getValue()).collect(Collectors.joining(","));
        }
        updatedAt = now;
    }

    public void poolStatus(List<CandidateTrajectory> trajectories, List<CandidatePlacement> placements) {
        poolStatus = PoolStatus.of(trajectories, placements);
        availableFrom = PoolStatus.availableFrom(admittedOn, trajectories);
    }

    public void derivePoolStatus(List<CandidateTrajectory> trajectories, List<CandidatePlacement> placements) {
        poolStatus = PoolStatus.of(trajectories, placements);
        availableFrom = PoolStatus.availableFrom(admittedOn, trajectories);
    }

    /** Interest score 0-100 per RIASEC letter; letters without a score are absent. */
    public Map<String, Integer> riasecScores() {
        Map<String, Integer> scores = new TreeMap<>();
        for (String pair : CommaList.split(riasec)) {
            String[] letterAndScore = pair.split(":");
            scores.put(letterAndScore[0], Integer.valueOf(letterAndScore[1]));
        }
        return scores;
    }
}
