package nl.opstap.employer.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import nl.opstap.events.ClientPlaced;
import nl.opstap.events.PlacementEnded;
import nl.opstap.events.vocabulary.ContractType;
import nl.opstap.events.vocabulary.ManualCreditKind;
import nl.opstap.events.vocabulary.TargetGroup;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The ledger's arithmetic in exact cents, worked by hand in each test's comment. */
class SroiCalculatorTest {

    /** EUR 40,000 a year for Participatiewet (24 months), EUR 20,000 for WW (12 months), +EUR 10,000 for 55+; 36 h full-time; 150% after 12 months. */
    static final RulesetDefinition RULES = new RulesetDefinition(36,
            List.of(new EmploymentRule(TargetGroup.PARTICIPATIEWET, 4_000_000L, 24), new EmploymentRule(TargetGroup.WW, 2_000_000L, 12)),
            1_000_000L, 12, 150, 100, 150_000L, 250_000L);

    static final SroiContract CONTRACT = contract(LocalDate.of(2026, 1, 1), LocalDate.of(2028, 12, 31));

    @Nested
    class PartTimeOverSeveralMonths {

        // 24 of 36 hours, placed 10 March, ended 20 May 2026.
        final Placement placement = placement(TargetGroup.PARTICIPATIEWET, 24, false, LocalDate.of(2026, 3, 10), LocalDate.of(2026, 5, 20));

        @Test
        void shouldCreditTheFirstPartialMonthByItsDays() {
            // 4,000,000 × 24/36 × 22/31 ÷ 12 = 157,706.09… → 157,706
            assertEquals(157_706, cents(placement, YearMonth.of(2026, 3)));
        }

        @Test
        void shouldCreditAFullMonthAsATwelfthOfTheYearProRataHours() {
            // 4,000,000 × 24/36 ÷ 12 = 222,222.2… → 222,222
            assertEquals(222_222, cents(placement, YearMonth.of(2026, 4)));
        }

        @Test
        void shouldCreditTheLastMonthUpToTheEndDate() {
            // 4,000,000 × 24/36 × 20/31 ÷ 12 = 143,369.17… → 143,369; then nothing
            assertEquals(143_369, cents(placement, YearMonth.of(2026, 5)));
            assertTrue(SroiCalculator.month(RULES, placement, CONTRACT, YearMonth.of(2026, 6)).isEmpty());
        }

        @Test
        void shouldNotCreditDaysOutsideTheContract() {
            SroiContract fromApril15 = contract(LocalDate.of(2026, 4, 15), LocalDate.of(2026, 12, 31));
            // 4,000,000 × 24/36 × 16/30 ÷ 12 = 118,518.5… → 118,518; March lies before the contract
            assertEquals(118_518, SroiCalculator.month(RULES, placement, fromApril15, YearMonth.of(2026, 4)).orElseThrow().amountCents());
            assertTrue(SroiCalculator.month(RULES, placement, fromApril15, YearMonth.of(2026, 3)).isEmpty());
        }
    }

    @Test
    void shouldAddTheBonusForSomeoneAged55OrOver() {
        Placement aged = placement(TargetGroup.PARTICIPATIEWET, 24, true, LocalDate.of(2026, 4, 1), null);
        // (4,000,000 + 1,000,000) × 24/36 ÷ 12 = 277,777.7… → 277,777
        MonthCredit credit = SroiCalculator.month(RULES, aged, CONTRACT, YearMonth.of(2026, 4)).orElseThrow();
        assertEquals(277_777, credit.amountCents());
        assertEquals("PARTICIPATIEWET+55", credit.rule());
    }

    @Test
    void shouldStopAtTheTargetGroupsMonthCap() {
        // WW counts 12 months: placed in January 2026, December is month 12, January 2027 month 13.
        Placement ww = placement(TargetGroup.WW, 36, false, LocalDate.of(2026, 1, 1), null);
        assertEquals(166_666, SroiCalculator.month(RULES, ww, CONTRACT, YearMonth.of(2026, 12)).orElseThrow().amountCents());
        assertTrue(SroiCalculator.month(RULES, ww, CONTRACT, YearMonth.of(2027, 1)).isEmpty());
    }

    @Test
    void shouldWeighALastingJobsMonthsAfterTheFirstYear() {
        Placement lasting = placement(TargetGroup.PARTICIPATIEWET, 36, false, LocalDate.of(2026, 1, 1), null);
        // Month 12: 4,000,000 ÷ 12 = 333,333; month 13 at 150%: 500,000; month 25 is beyond the cap of 24.
        assertEquals(333_333, cents(lasting, YearMonth.of(2026, 12)));
        MonthCredit thirteenth = SroiCalculator.month(RULES, lasting, CONTRACT, YearMonth.of(2027, 1)).orElseThrow();
        assertEquals(500_000, thirteenth.amountCents());
        assertEquals("PARTICIPATIEWET+LASTING", thirteenth.rule());
        assertTrue(SroiCalculator.month(RULES, lasting, CONTRACT, YearMonth.of(2028, 1)).isEmpty());
    }

    @Test
    void shouldCountHoursAboveFullTimeAsFullTime() {
        Placement overtime = placement(TargetGroup.PARTICIPATIEWET, 40, false, LocalDate.of(2026, 4, 1), null);
        assertEquals(333_333, cents(overtime, YearMonth.of(2026, 4)));
    }

    @Test
    void shouldNotCreditATargetGroupTheRulesetDoesNotValue() {
        Placement wajong = placement(TargetGroup.WAJONG, 36, false, LocalDate.of(2026, 4, 1), null);
        assertTrue(SroiCalculator.month(RULES, wajong, CONTRACT, YearMonth.of(2026, 4)).isEmpty());
    }

    @Test
    void shouldValueManualEntriesByTheirRule() {
        assertEquals(2_500_000, SroiCalculator.manual(RULES, ManualCreditKind.SOCIAL_ENTERPRISE_PURCHASE, 2_500_000).amountCents());
        assertEquals(450_000, SroiCalculator.manual(RULES, ManualCreditKind.WORK_EXPERIENCE_PLACE, 3).amountCents());
        assertEquals(500_000, SroiCalculator.manual(RULES, ManualCreditKind.TRAINING, 2).amountCents());
    }

    private static long cents(Placement placement, YearMonth month) {
        return SroiCalculator.month(RULES, placement, CONTRACT, month).orElseThrow().amountCents();
    }

    static Placement placement(TargetGroup group, int hours, boolean aged55, LocalDate placedOn, LocalDate endedOn) {
        UUID placementId = UUID.randomUUID();
        UUID clientId = UUID.randomUUID();
        UUID employerId = UUID.randomUUID();
        Placement placement = Placement.ofPlaced("uw", UUID.randomUUID(), new ClientPlaced(placementId, clientId, UUID.randomUUID(), employerId,
                ContractType.FIXED_TERM, hours, group, aged55, placedOn));
        if (endedOn != null) {
            placement.ended(new PlacementEnded(placementId, clientId, employerId, "CONTRACT_ENDED", endedOn));
        }
        return placement;
    }

    static SroiContract contract(LocalDate startsOn, LocalDate endsOn) {
        Employer contractor = new Employer();
        contractor.id = UUID.randomUUID();
        contractor.tenant = "uw";
        return SroiContract.draft(contractor, new ContractTerms("Gemeente Utrecht", "T-1", 100_000_000L, 500, startsOn, endsOn, "TEST"),
                "uw-account-manager", java.time.Instant.now());
    }
}
