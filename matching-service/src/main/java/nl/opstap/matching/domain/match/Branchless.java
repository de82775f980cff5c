package nl.opstap.matching.domain.match;

/**
 * The hard constraints as arithmetic on one slot's numbers, each giving 1 (fails) or 0 (passes). A scan tests
 * every constraint for every slot on random data, where an if per constraint is a branch the processor guesses
 * wrong half the time; arithmetic has no branch to guess. Unknown numbers are -1 and pass.
 */
final class Branchless {

    private static final int HOURS = Constraint.HOURS.ordinal();
    private static final int TRAVEL = Constraint.TRAVEL.ordinal();
    private static final int PHYSICAL_DEMANDS = Constraint.PHYSICAL_DEMANDS.ordinal();
    private static final int REQUIRED_CERTIFICATES = Constraint.REQUIRED_CERTIFICATES.ordinal();
    private static final int WAGE_VALUE = Constraint.WAGE_VALUE.ordinal();
    private static final int AVAILABILITY = Constraint.AVAILABILITY.ordinal();

    private Branchless() {
    }

    /**
     * Every hard constraint of one candidate against one vacancy, as a bit set of {@link Constraint#bit()}.
     *
     * @param missingCertificates the required certificate codes the candidate lacks, as bits (any bit fails)
     */
    static int failures(int hours, int minHours, int km, int maxKm, long limits, long demands, long missingCertificates,
            int wageValue, int minWageValue, int availableFrom, int endDay) {
        return below(hours, minHours) << HOURS
                | fartherThan(km, maxKm) << TRAVEL
                | any(limits & demands) << PHYSICAL_DEMANDS
                | any(missingCertificates) << REQUIRED_CERTIFICATES
                | below(wageValue, minWageValue) << WAGE_VALUE
                | notBefore(availableFrom, endDay) << AVAILABILITY;
    }

    /** 1 when {@code value} is known and below {@code minimum}. */
    static int below(int value, int minimum) {
        return ((value - minimum) & ~(value >> 31)) >>> 31;
    }

    /** 1 when both are known and {@code km} is more than {@code maxKm}. */
    static int fartherThan(int km, int maxKm) {
        return ((maxKm - km) & ~(maxKm >> 31)) >>> 31;
    }

    /** 1 when {@code from} is on or after {@code endDay}. */
    static int notBefore(int from, int endDay) {
        return (int) (((long) endDay - 1 - from) >>> 63);
    }

    /** 1 when any bit is set. */
    static int any(long bits) {
        return (int) ((bits | -bits) >>> 63);
    }

    /** True when exactly one bit of {@code failed} is set: a near miss. */
    static boolean single(int failed) {
        return failed != 0 && (failed & (failed - 1)) == 0;
    }
}
