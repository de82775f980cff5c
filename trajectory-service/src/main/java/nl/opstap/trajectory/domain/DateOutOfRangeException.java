package nl.opstap.trajectory.domain;

/**
 * A date given for something that happened lies outside the period it can have happened in (before the start,
 * or in the future). It is a mistake in the input, so the edge answers it like one, naming the date it was given.
 */
public class DateOutOfRangeException extends RuntimeException {

    public DateOutOfRangeException(String message) {
        super(message);
    }
}
