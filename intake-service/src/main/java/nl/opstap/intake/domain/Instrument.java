package nl.opstap.intake.domain;

/** The diagnosis instruments an intake records, each as dated assessments. */
public enum Instrument {
    /** Participatieladder, steps 1 (isolated) to 6 (paid work). */
    PARTICIPATION_LADDER,
    /** Zelfredzaamheid-matrix: twelve life domains, each 1 (acute problems) to 5 (fully self-sufficient). */
    ZRM,
    /** Loonwaarde: % of normal productivity. */
    WAGE_VALUE,
    /** MKB "Goed Werknemerschap": social skills, motivation, work skills, learning attitude, each 1 to 5. */
    COMPETENCES,
    /** Interest profile: realistic, investigative, artistic, social, enterprising, conventional, each 0 to 100. */
    RIASEC,
    /** Work types, hours a week, postcode and maximum travel time. */
    WORK_PREFERENCES,
    /** What the work must not demand (e.g. no standing work). */
    PHYSICAL_LIMITS,
    /** Certificates and diplomas. */
    CERTIFICATES,
    /** Whether an in-depth diagnosis (psychologist, company doctor, labour expert) is needed. */
    IN_DEPTH_DIAGNOSIS
}
