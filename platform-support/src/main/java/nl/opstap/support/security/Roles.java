package nl.opstap.support.security;

/** Realm roles in Keycloak, one per kind of professional (and the municipal systems). */
public final class Roles {

    public static final String MUNICIPALITY = "municipality";
    public static final String CONSULTANT = "consultant";
    public static final String JOBCOACH = "jobcoach";
    public static final String ACCOUNT_MANAGER = "account-manager";
    public static final String EMPLOYER = "employer";
    public static final String ANALYST = "analyst";
    public static final String ADMIN = "admin";
    /** Reads the audit trail of personal-data processing; sees no personal data itself. */
    public static final String AUDITOR = "auditor";

    private Roles() {
    }
}
