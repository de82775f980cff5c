package nl.opstap.events.vocabulary;

/** How the client is paid while in the trajectory. */
public enum BenefitSituation {
    /** Werken met behoud van uitkering. */
    RETAINED_BENEFIT,
    /** Loonkostensubsidie. */
    WAGE_COST_SUBSIDY,
    /** SW-salaris. */
    SW_SALARY,
    /** Regular salary. */
    REGULAR_SALARY,
    /** Loondispensatie. */
    WAGE_DISPENSATION,
    /** Detachering with a lending fee. */
    SECONDMENT,
    /** No benefit (e.g. NUG). */
    NONE
}
