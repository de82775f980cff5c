package nl.opstap.support.domain;

/** The thing asked for does not exist for this caller (another tenant's ids are not found either). */
public final class NotFoundException extends DomainException {

    public NotFoundException(String what, Object id) {
        super(what + " " + id + " not found");
    }
}
