package nl.opstap.intake.rest;

/**
 * Why intake processes a client's personal data, as written to the audit trail with every read or change
 * ({@link nl.opstap.support.audit.PersonalData}); the legal grounds are in {@link nl.opstap.support.audit.LegalBases}.
 */
final class ProcessingGrounds {

    static final String REFERRAL = "Receiving and handling the municipality's referral for a work-fit trajectory";
    static final String INTAKE = "Intake and diagnosis for a work-fit trajectory";
    static final String PLACEMENT = "Placing the client with an employer: the employer the client consented to learns their name";
    static final String DATA_SUBJECT = "Carrying out the client's rights: a copy of everything held, or its erasure";
    static final String BENEFIT = "Measuring sustainable outflow: the municipality reports a resumed benefit";

    private ProcessingGrounds() {
    }
}
