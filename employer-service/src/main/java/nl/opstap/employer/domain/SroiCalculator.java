package nl.opstap.employer.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import nl.opstap.events.vocabulary.ManualCreditKind;

/**
 * Values one calendar month of a placement under a ruleset, in whole cents and integer arithmetic only:
 * <pre>
 *   cents = floor( (annual + bonus55) × min(hours, fullTime) × days × weight%
 *                  / (12 × fullTime × daysInMonth × 100) )
 * </pre>
 * where {@code days} are the placement's days in the month within the contract period. Month {@code n} of the
 * placement (its first calendar month is 1) earns nothing beyond the target group's {@code maxMonths}, and the
 * lasting-job weight from month {@code lastingJobAfterMonths + 1} on. Rounding down once, at the end, means a
 * month is never credited more than the ruleset allows.
 */
public final class SroiCalculator {

    private static final long MONTHS_A_YEAR = 12;
    private static final long PERCENT = 100;

    private SroiCalculator() {
    }

    public static Optional<MonthCredit> month(RulesetDefinition rules, Placement placement, SroiContract contract, YearMonth month) {
        Optional<EmploymentRule> found = rules.employmentRule(placement.targetGroup);
        if (found.isEmpty() || !placement.isKnown()) {
            return Optional.empty();
        }
        EmploymentRule rule = found.get();
        long monthNumber = ChronoUnit.MONTHS.between(YearMonth.from(placement.placedOn), month) + 1;
        if (monthNumber < 1 || monthNumber > rule.maxMonths()) {
            return Optional.empty();
        }
        LocalDate from = latest(month.atDay(1), placement.placedOn, contract.startsOn);
        LocalDate to = earliest(month.atEndOfMonth(), placement.endedOn, contract.endsOn);
        if (to.isBefore(from)) {
            return Optional.empty();
        }
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        long fullTime = rules.fullTimeHoursPerWeek();
        long hours = Math.min(placement.hoursPerWeek, fullTime);
        boolean bonus = Boolean.TRUE.equals(placement.aged55OrOver);
        long annual = rule.annualCents() + (bonus ? rules.aged55BonusAnnualCents() : 0);
        long weight = monthNumber > rules.lastingJobAfterMonths() ? rules.lastingJobWeightPercent() : PERCENT;
        long numerator = Math.multiplyExact(Math.multiplyExact(Math.multiplyExact(annual, hours), days), weight);
        long denominator = MONTHS_A_YEAR * fullTime * month.lengthOfMonth() * PERCENT;
        long cents = numerator / denominator;
        String ruleName = rule.targetGroup().name() + (bonus ? "+55" : "") + (weight > PERCENT ? "+LASTING" : "");
        String calculation = "(%d%s) × %d/%d h × %d/%d d ÷ 12 × %d%% = %d ct (month %d of at most %d)".formatted(
                rule.annualCents(), bonus ? " + " + rules.aged55BonusAnnualCents() : "", hours, fullTime, days, month.lengthOfMonth(),
                weight, cents, monthNumber, rule.maxMonths());
        return Optional.of(new MonthCredit(cents, ruleName, calculation));
    }

    /** The value of an approved manual entry: purchases, work-experience months or training courses. */
    public static MonthCredit manual(RulesetDefinition rules, ManualCreditKind kind, long quantity) {
        return switch (kind) {
            case SOCIAL_ENTERPRISE_PURCHASE -> new MonthCredit(
                    Math.multiplyExact(quantity, (long) rules.socialEnterprisePurchasePercent()) / PERCENT, kind.name(),
                    "%d ct purchased × %d%%".formatted(quantity, rules.socialEnterprisePurchasePercent()));
            case WORK_EXPERIENCE_PLACE -> new MonthCredit(Math.multiplyExact(quantity, rules.workExperiencePlaceMonthCents()), kind.name(),
                    "%d month(s) × %d ct".formatted(quantity, rules.workExperiencePlaceMonthCents()));
            case TRAINING -> new MonthCredit(Math.multiplyExact(quantity, rules.trainingCourseCents()), kind.name(),
                    "%d course(s) × %d ct".formatted(quantity, rules.trainingCourseCents()));
        };
    }

    private static LocalDate latest(LocalDate a, LocalDate b, LocalDate c) {
        LocalDate max = a.isAfter(b) ? a : b;
        return max.isAfter(c) ? max : c;
    }

    private static LocalDate earliest(LocalDate a, LocalDate b, LocalDate c) {
        LocalDate min = a;
        if (b != null && b.isBefore(min)) {
            min = b;
        }
        return c.isBefore(min) ? c : min;
    }
}
