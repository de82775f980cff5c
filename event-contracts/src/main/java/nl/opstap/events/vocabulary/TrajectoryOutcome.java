package nl.opstap.events.vocabulary;

/** How a trajectory ended. The first five count as outflow (uitstroom). */
public enum TrajectoryOutcome {
    REGULAR_WORK_FULL_TIME,
    REGULAR_WORK_PART_TIME,
    SUBSIDISED_WORK,
    EDUCATION,
    OWN_BUSINESS,
    VOLUNTEER_WORK,
    DAY_ACTIVITIES,
    REFERRED_BACK,
    DROPPED_OUT,
    MOVED;

    public boolean isOutflow() {
        return ordinal() <= OWN_BUSINESS.ordinal();
    }
}
