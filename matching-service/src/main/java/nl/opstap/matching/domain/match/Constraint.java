package nl.opstap.matching.domain.match;

/** A hard constraint: a candidate failing one is not a match (at most a near miss when it is the only one). */
public enum Constraint {
    HOURS, TRAVEL, PHYSICAL_DEMANDS, REQUIRED_CERTIFICATES, WAGE_VALUE, AVAILABILITY;

    int bit() {
        return 1 << ordinal();
    }
}
