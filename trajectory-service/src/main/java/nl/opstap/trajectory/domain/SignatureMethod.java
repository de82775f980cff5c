package nl.opstap.trajectory.domain;

/** How the client put their agreement to a plan on record; the coach only records it. */
public enum SignatureMethod {
    /** Signed in person, with the coach present. */
    IN_PERSON_WITH_COACH,
    /** Signed on paper; the paper is kept in the file. */
    ON_PAPER,
    /** Signed digitally by the client themselves. */
    DIGITAL
}
