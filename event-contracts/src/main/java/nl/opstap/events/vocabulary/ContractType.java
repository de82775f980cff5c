package nl.opstap.events.vocabulary;

/** The kind of contract a placement is made under. */
public enum ContractType {
    PERMANENT,
    FIXED_TERM,
    WAGE_COST_SUBSIDY,
    SECONDMENT,
    SHELTERED_WORK
}
