package nl.opstap.events.vocabulary;

/** What a programme's price is charged for. */
public enum PriceUnit {
    /** One price for the whole trajectory, whatever its length. */
    PER_TRAJECTORY,
    /** A price for each month of the trajectory begun. */
    PER_MONTH
}
