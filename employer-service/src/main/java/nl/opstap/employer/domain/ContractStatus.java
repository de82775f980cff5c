package nl.opstap.employer.domain;

/** A draft contract follows the newest version of its ruleset; a signed one keeps the version it was signed under. */
public enum ContractStatus {
    DRAFT,
    SIGNED
}
