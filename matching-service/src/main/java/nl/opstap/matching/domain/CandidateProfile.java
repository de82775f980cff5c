package nl.opstap.matching.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.opstap.events.ClientAdmitted;
import nl.opstap.events.ClientProfile;
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
        ClientProfile p = admitted.profile();
        if (p != null) {
            participationLadderStep = p.participationLadderStep();
            wageValuePercent = p.wageValuePercent();
            hoursPerWeek = p.hoursPerWeek();
            postcodeArea = p.postcodeArea();
            maxTravelMinutes = p.maxTravelMinutes();
            workTypes = p.workTypes() == null ? null : String.join(",", p.workTypes());
            physicalLimits = p.physicalLimits() == null ? null : p.physicalLimits().stream().map(Enum::name).collect(Collectors.joining(","));
        }
        updatedAt = now;
    }
}
