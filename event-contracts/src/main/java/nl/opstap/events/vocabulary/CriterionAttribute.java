package nl.opstap.events.vocabulary;

/** The client facts a programme criterion can test. */
public enum CriterionAttribute {
    TARGET_GROUP,
    BENEFIT_SITUATION,
    PARTICIPATION_LADDER_STEP,
    WAGE_VALUE_PERCENT,
    SOCIAL_SKILLS,
    MOTIVATION,
    WORK_SKILLS,
    LEARNING_ATTITUDE,
    /** The lowest score over all ZRM life domains. */
    ZRM_LOWEST_SCORE,
    IN_DEPTH_DIAGNOSIS_NEEDED
}
