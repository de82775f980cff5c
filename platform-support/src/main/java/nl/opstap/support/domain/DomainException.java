package nl.opstap.support.domain;

/**
 * An error raised below the REST layer, in the words of the domain. The edge maps each kind to
 * problem+json once ({@code ProblemMappers}); the domain never names JSON fields or HTTP statuses.
 * Messages are returned to callers, so they must not carry personal data.
 */
public abstract sealed class DomainException extends RuntimeException
        permits NotFoundException, InvalidTransitionException, RuleViolationException {

    protected DomainException(String message) {
        super(message);
    }
}
