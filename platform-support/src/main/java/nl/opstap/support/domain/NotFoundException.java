package nl.opstap.support.domain;

/** The thing asked for does not exist for this caller (another tenant's ids are not found either). */
public final class NotFoundException extends DomainException {

    public NotFoundException(String what, Object id) {
        super(what + " " + id + " not found");
    }

    /** For a lookup by something other than an id; the reason must not quote personal data (e.g. a BSN). */
    public NotFoundException(String reason) {
        super(reason);
    }
}
