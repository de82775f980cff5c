package nl.opstap.support.domain;

/** The aggregate's current state does not allow this action (e.g. ending a trajectory that has ended). */
public final class InvalidTransitionException extends DomainException {

    public InvalidTransitionException(String reason) {
        super(reason);
    }
}
