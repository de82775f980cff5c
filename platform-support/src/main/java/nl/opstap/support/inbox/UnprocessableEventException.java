package nl.opstap.support.inbox;

/**
 * A well-formed event that can never be applied, such as an admission to a programme version this service does
 * not hold. Retrying cannot help, so {@link EventInbox} lets it reach the dead-letter topic at once instead of
 * holding up the partition.
 */
public class UnprocessableEventException extends RuntimeException {

    public UnprocessableEventException(String message) {
        super(message);
    }
}
