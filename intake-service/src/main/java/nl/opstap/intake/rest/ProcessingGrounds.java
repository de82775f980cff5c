package nl.opstap.intake.rest;

/**
 * Why intake processes a client's personal data and on what legal ground, as written to the audit trail with
 * every read or change ({@link nl.opstap.support.audit.PersonalData}).
 */
final class ProcessingGrounds {

    static final String REFERRAL = "Receiving and handling the municipality's referral for a work-fit trajectory";
    static final String INTAKE = "Intake and diagnosis for a work-fit trajectory";
    static final String BENEFIT = "Measuring sustainable outflow: the municipality reports a resumed benefit";

    static final String PARTICIPATIEWET = "AVG art. 6(1)(e); Participatiewet art. 7 (re-integration task of the municipality, "
            + "carried out by the executing organisation)";
    static final String WITH_BSN = PARTICIPATIEWET + "; Wabb art. 10 (use of the BSN)";
    static final String HEALTH = PARTICIPATIEWET + "; AVG art. 9(2)(b) and UAVG art. 30 (health-related limits for re-integration)";

    private ProcessingGrounds() {
    }
}
