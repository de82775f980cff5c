package nl.opstap.support.domain;

/** The action is allowed in this state but breaks a business rule (e.g. an extension beyond the maximum duration). */
public final class RuleViolationException extends DomainException {

    public RuleViolationException(String reason) {
        super(reason);
    }
}
