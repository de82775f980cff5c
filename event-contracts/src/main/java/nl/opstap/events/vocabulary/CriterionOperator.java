package nl.opstap.events.vocabulary;

/** How a criterion compares a client fact with its values. */
public enum CriterionOperator {
    /** The fact is one of the values. */
    IN,
    /** The fact is none of the values. */
    NOT_IN,
    /** The fact lies between values[0] and values[1], inclusive. */
    BETWEEN,
    /** The fact is at least values[0]. */
    AT_LEAST,
    /** The fact is at most values[0]. */
    AT_MOST,
    IS_TRUE,
    IS_FALSE
}
