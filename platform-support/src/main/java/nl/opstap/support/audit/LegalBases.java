package nl.opstap.support.audit;

/** The legal grounds on which the services process a client's personal data, as {@link PersonalData} declares them. */
public final class LegalBases {

    /** The municipality's re-integration task, carried out by the executing organisation. */
    public static final String PARTICIPATIEWET = "AVG art. 6(1)(e); Participatiewet art. 7 (re-integration task of the municipality, "
            + "carried out by the executing organisation)";
    /** As {@link #PARTICIPATIEWET}, using the BSN. */
    public static final String WITH_BSN = PARTICIPATIEWET + "; Wabb art. 10 (use of the BSN)";
    /** As {@link #PARTICIPATIEWET}, for health-related limits. */
    public static final String HEALTH = PARTICIPATIEWET + "; AVG art. 9(2)(b) and UAVG art. 30 (health-related limits for re-integration)";
    /** The client's own consent, recorded with its date and who recorded it; e.g. to share their name with one employer. */
    public static final String CONSENT = "AVG art. 6(1)(a) (the client's consent)";

    /** The client's rights of access, portability and erasure, and the storage limit that ends with erasure. */
    public static final String DATA_SUBJECT_RIGHTS = "AVG art. 15, 17 and 20 (the client's rights of access, erasure and "
            + "portability); AVG art. 5(1)(e) (storage limitation)";

    private LegalBases() {
    }
}
