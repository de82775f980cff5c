package nl.opstap.events.vocabulary;

/** What a manual SROI ledger entry credits; its quantity is purchase cents, months or courses respectively. */
public enum ManualCreditKind {
    /** Purchases from a social enterprise (inkoop bij een sociale onderneming). */
    SOCIAL_ENTERPRISE_PURCHASE,
    /** Months of a work-experience place offered outside the platform's own placements. */
    WORK_EXPERIENCE_PLACE,
    /** Training courses given. */
    TRAINING
}
