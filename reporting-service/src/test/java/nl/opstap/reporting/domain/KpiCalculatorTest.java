package nl.opstap.reporting.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.opstap.events.vocabulary.ContractType;
import nl.opstap.events.vocabulary.PriceUnit;
import nl.opstap.events.vocabulary.TrajectoryOutcome;
import org.junit.jupiter.api.Test;

/** Definitions that the figures in KpiResourceTest rest on, without the broker. */
class KpiCalculatorTest {

    private static final UUID PROGRAMME = UUID.randomUUID();
    private static final KpiFilter YEAR_2016 = new KpiFilter(ReportingPeriod.parse("2016").orElseThrow(), null, null);

    @Test
    void theOrganisationsThresholdDecidesFullTimeFromThePlacementHours() {
        UUID client = UUID.randomUUID();
        JourneyFacts facts = facts(List.of(ended(client, TrajectoryOutcome.REGULAR_WORK_PART_TIME, 100)),
                List.of(new PlacementFact(UUID.randomUUID(), client, UUID.randomUUID(), ContractType.PERMANENT, 34, LocalDate.of(2016, 6, 1), null)));
        KpiCalculator calculator = new KpiCalculator(facts, YEAR_2016, LocalDate.of(2026, 1, 1));
        assertEquals(1, calculator.outflow(32).fullTime().count(), "34 hours is full-time at a threshold of 32");
        assertEquals(1, calculator.outflow(36).partTime().count(), "and part-time at 36");
    }

    @Test
    void medianIsTheLowerMiddleAndAverageRoundsHalfUp() {
        JourneyFacts facts = facts(List.of(ended(UUID.randomUUID(), TrajectoryOutcome.DROPPED_OUT, 10),
                ended(UUID.randomUUID(), TrajectoryOutcome.DROPPED_OUT, 21),
                ended(UUID.randomUUID(), TrajectoryOutcome.DROPPED_OUT, 30),
                ended(UUID.randomUUID(), TrajectoryOutcome.DROPPED_OUT, 40)), List.of());
        OutflowReport outflow = new KpiCalculator(facts, YEAR_2016, LocalDate.of(2026, 1, 1)).outflow(32);
        assertEquals(21, outflow.medianDurationDays());
        assertEquals(25, outflow.averageDurationDays(), "101 / 4 = 25.25");
        assertNull(outflow.leaversToWork().percent(), "no intake, no rate");
    }

    @Test
    void sustainabilityIsOnlyMeasuredOnceTheMonthsHavePassed() {
        UUID client = UUID.randomUUID();
        JourneyFacts facts = facts(List.of(ended(client, TrajectoryOutcome.REGULAR_WORK_FULL_TIME, 100)), List.of());
        LocalDate exit = LocalDate.of(2016, 6, 1).plusDays(100);
        SustainableOutflowReport early = new KpiCalculator(facts, YEAR_2016, exit.plusMonths(7)).sustainableOutflow();
        assertEquals(1, early.noBenefitWithin6Months().of());
        assertEquals(0, early.noBenefitWithin12Months().of(), "12 months have not passed yet");
    }

    @Test
    void avoidedBenefitIsTheAmountOfTheClientsMunicipality() {
        UUID utrecht = UUID.randomUUID();
        UUID ede = UUID.randomUUID();
        JourneyFacts facts = new JourneyFacts(List.of(),
                List.of(new AdmissionFact(UUID.randomUUID(), utrecht, "GM0344", PROGRAMME, LocalDate.of(2016, 1, 4), "3526"),
                        new AdmissionFact(UUID.randomUUID(), ede, "GM0228", PROGRAMME, LocalDate.of(2016, 1, 4), "6711")),
                List.of(), List.of(ended(utrecht, TrajectoryOutcome.REGULAR_WORK_FULL_TIME, 100), ended(ede, TrajectoryOutcome.SUBSIDISED_WORK, 100)),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                Map.of(PROGRAMME, new ProgrammeFact(24, 100_000L, PriceUnit.PER_MONTH)));
        MoneyReport money = new KpiCalculator(facts, YEAR_2016, LocalDate.of(2026, 1, 1))
                .money(municipality -> "GM0344".equals(municipality) ? 1_620_000L : 1_500_000L);
        assertEquals(3_120_000, money.avoidedBenefitCents());
        assertEquals(2 * 4 * 100_000, money.costCents(), "1 June + 100 days is 9 September: four months begun");
    }

    @Test
    void aBegunMonthCounts() {
        assertEquals(3, ProgrammeFact.monthsBegun(LocalDate.of(2015, 1, 10), LocalDate.of(2015, 4, 9)));
        assertEquals(3, ProgrammeFact.monthsBegun(LocalDate.of(2015, 1, 10), LocalDate.of(2015, 4, 10)));
        assertEquals(4, ProgrammeFact.monthsBegun(LocalDate.of(2015, 1, 10), LocalDate.of(2015, 4, 11)));
        assertEquals(1, ProgrammeFact.monthsBegun(LocalDate.of(2015, 1, 10), LocalDate.of(2015, 1, 10)));
    }

    private static TrajectoryFact ended(UUID client, TrajectoryOutcome outcome, int days) {
        LocalDate start = LocalDate.of(2016, 6, 1);
        return new TrajectoryFact(UUID.randomUUID(), client, PROGRAMME, start, start.plusDays(days), outcome, 0);
    }

    private static JourneyFacts facts(List<TrajectoryFact> trajectories, List<PlacementFact> placements) {
        return new JourneyFacts(List.of(), List.of(), List.of(), trajectories, placements, List.of(), List.of(), List.of(), List.of(), List.of(), Map.of());
    }
}
