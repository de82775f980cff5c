package nl.opstap.trajectory.domain;

/** What a goal serves; a plan's priority is one of these too. */
public enum GoalCategory {
    DEVELOPMENT,
    LABOUR_MARKET_CHANCES,
    PRODUCTION,
    OTHER
}
