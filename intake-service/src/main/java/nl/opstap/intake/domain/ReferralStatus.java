package nl.opstap.intake.domain;

/** Where a referral stands, as the referring municipality sees it. */
public enum ReferralStatus {
    RECEIVED,
    INTAKE_PLANNED,
    ADMITTED,
    REFERRED_BACK,
    /** The trajectory after admission ended; statusReason holds the outcome. */
    TRAJECTORY_ENDED
}
