package nl.opstap.events.vocabulary;

/** Doelgroep: the legal or programme category a client is referred under. */
public enum TargetGroup {
    /** Participatiewet: social assistance. */
    PARTICIPATIEWET,
    /** Niet-uitkeringsgerechtigde ("Nugger"): no benefit. */
    NUG,
    /** Wajong: young disabled. */
    WAJONG,
    /** SW-medewerker: employee under the former sheltered employment act. */
    SW_EMPLOYEE,
    /** Statushouder: refugee with a residence permit. */
    STATUS_HOLDER,
    /** Doelgroepregister / banenafspraak: job-agreement register. */
    JOB_AGREEMENT,
    /** Beschut werk: sheltered work. */
    SHELTERED_WORK,
    /** Voortijdig schoolverlater: school leaver without a starting qualification. */
    SCHOOL_LEAVER,
    /** WW: unemployment insurance. */
    WW
}
