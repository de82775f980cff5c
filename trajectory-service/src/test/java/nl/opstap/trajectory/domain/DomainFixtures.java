package nl.opstap.trajectory.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.opstap.events.ClientAdmitted;
import nl.opstap.events.ClientPlaced;
import nl.opstap.events.vocabulary.BenefitSituation;
import nl.opstap.events.vocabulary.ContractType;
import nl.opstap.events.vocabulary.PriceUnit;
import nl.opstap.events.vocabulary.TargetGroup;

/** Plain objects for the domain's unit tests: no database, no clock but the dates given. */
final class DomainFixtures {

    static final LocalDate START = LocalDate.of(2026, 3, 2);
    static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    static final String TENANT = "uw";

    private DomainFixtures() {
    }

    /** Six months; reviews after 4 and 13 weeks, then every 6; one extension of at most 3 months; 3 months of aftercare. */
    static ProgrammeDefinition programme(MaximumDurationRule atMaximum, boolean secondApproval) {
        return new ProgrammeDefinition("Werkfit", List.of(TargetGroup.PARTICIPATIEWET), List.of(), List.of(),
                List.of("preparation", "work-experience", "outflow"), 3, 6, 1, 3, 3, List.of("PLACEMENT_IN_SIGHT", "MEDICAL"),
                secondApproval, atMaximum, List.of(new ProgrammeDefinition.ReviewPoint(4, false), new ProgrammeDefinition.ReviewPoint(13, true)),
                6, 3, BenefitSituation.RETAINED_BENEFIT, BigDecimal.valueOf(3000),
                PriceUnit.PER_TRAJECTORY);
    }

    static ProgrammeDefinition programme() {
        return programme(MaximumDurationRule.FLAG, true);
    }

    /** An active trajectory started on {@link #START} under {@link #programme()}. */
    static Trajectory activeTrajectory() {
        ClientAdmitted admitted = new ClientAdmitted(UUID.randomUUID(), UUID.randomUUID(), "GM0344", UUID.randomUUID(), 1, START,
                TargetGroup.PARTICIPATIEWET, BenefitSituation.RETAINED_BENEFIT, null, null);
        return Trajectory.start(TENANT, admitted, programme(), NOW).aggregate();
    }

    static ClientPlaced placement(Trajectory t, ContractType contract, int hoursPerWeek, LocalDate placedOn) {
        return new ClientPlaced(UUID.randomUUID(), t.clientId, UUID.randomUUID(), UUID.randomUUID(), contract, hoursPerWeek,
                TargetGroup.PARTICIPATIEWET, false, placedOn);
    }

    /** A trajectory placed part-time a month after its start: in aftercare until four months after the start. */
    static Trajectory trajectoryInAftercare() {
        Trajectory t = activeTrajectory();
        t.place(placement(t, ContractType.FIXED_TERM, 24, START.plusMonths(1)), programme().aftercareMonths());
        return t;
    }
}
