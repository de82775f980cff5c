package nl.opstap.employer.domain;

/** What a manual ledger entry credits; its quantity is purchase cents, months or courses respectively. */
public enum ManualCreditKind {
    SOCIAL_ENTERPRISE_PURCHASE,
    WORK_EXPERIENCE_PLACE,
    TRAINING
}
