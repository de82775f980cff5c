package nl.opstap.support.problem;

import java.net.URI;

/** The stable problem types every Opstap service uses; clients may switch on them. */
public enum ProblemType {
    VALIDATION("validation", "Request is not valid", 400),
    MALFORMED_REQUEST("malformed-request", "Request body cannot be read", 400),
    UNAUTHENTICATED("unauthenticated", "Authentication required", 401),
    FORBIDDEN("forbidden", "Not allowed", 403),
    NOT_FOUND("not-found", "Resource not found", 404),
    METHOD_NOT_ALLOWED("method-not-allowed", "Method not allowed", 405),
    NOT_ACCEPTABLE("not-acceptable", "Representation not available", 406),
    CONFLICT("conflict", "Conflict with the current state", 409),
    PAYLOAD_TOO_LARGE("payload-too-large", "Request body too large", 413),
    URI_TOO_LONG("uri-too-long", "Request URI too long", 414),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", "Unsupported media type", 415),
    BUSINESS_RULE("business-rule", "Request breaks a business rule", 422),
    TOO_MANY_REQUESTS("too-many-requests", "Too many requests", 429),
    HEADERS_TOO_LARGE("headers-too-large", "Request headers too large", 431),
    INTERNAL("internal", "Internal error", 500),
    UNAVAILABLE("unavailable", "Temporarily unavailable", 503);

    private static final String BASE = "https://opstap.nl/problems/";

    private final URI uri;
    private final String title;
    private final int status;

    ProblemType(String slug, String title, int status) {
        this.uri = URI.create(BASE + slug);
        this.title = title;
        this.status = status;
    }

    public URI uri() {
        return uri;
    }

    public String title() {
        return title;
    }

    public int status() {
        return status;
    }
}
