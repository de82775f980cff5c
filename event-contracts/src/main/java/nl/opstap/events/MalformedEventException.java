package nl.opstap.events;

/** A message that is not a valid Opstap event; consumers send it to their dead-letter topic. */
public class MalformedEventException extends RuntimeException {

    public MalformedEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
