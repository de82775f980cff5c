package nl.opstap.events.vocabulary;

/** Work-relevant functional limits, stated as what the work must not demand (no diagnosis, no health detail). */
public enum PhysicalLimit {
    NO_STANDING_WORK,
    NO_STAIRS,
    NO_HEAVY_LIFTING,
    NO_OUTDOOR_WORK,
    NO_NIGHT_SHIFTS,
    NO_NOISY_ENVIRONMENT
}
