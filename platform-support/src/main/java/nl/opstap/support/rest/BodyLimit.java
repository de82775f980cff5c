package nl.opstap.support.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The largest request body an endpoint (or every endpoint of a resource) accepts, in kilobytes. Without it
 * an endpoint accepts {@link #DEFAULT_KB}; no endpoint accepts more than {@link HttpEdge#MAX_BODY_BYTES}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface BodyLimit {

    int DEFAULT_KB = 64;

    int kilobytes();
}
