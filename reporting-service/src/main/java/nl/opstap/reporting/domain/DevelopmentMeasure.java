package nl.opstap.reporting.domain;

/** The three instruments whose change shows a client's development. */
public enum DevelopmentMeasure {
    /** Participation ladder step, 1 to 6. */
    PARTICIPATION_LADDER,
    /** Average of the self-sufficiency matrix domains, 1 to 5. */
    ZRM_AVERAGE,
    /** Wage value, % of normal productivity. */
    WAGE_VALUE
}
