package nl.opstap.intake.domain;

/** The life domains of the self-sufficiency matrix (ZRM). */
public enum ZrmDomain {
    FINANCES,
    DAY_ACTIVITIES,
    HOUSING,
    DOMESTIC_RELATIONS,
    MENTAL_HEALTH,
    PHYSICAL_HEALTH,
    ADDICTION,
    BASIC_ADL,
    INSTRUMENTAL_ADL,
    SOCIAL_NETWORK,
    SOCIAL_PARTICIPATION,
    JUSTICE
}
