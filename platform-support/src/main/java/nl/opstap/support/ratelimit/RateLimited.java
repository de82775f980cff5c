package nl.opstap.support.ratelimit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Limits how often one caller (one municipal system, one user) may call an endpoint, so that a runaway client
 * cannot starve the others (OWASP API4). The rate can be changed per deployment with
 * {@code opstap.rate-limit.<name>.per-minute} and {@code opstap.rate-limit.<name>.burst}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface RateLimited {

    /** The limit's name; endpoints with the same name share one allowance per caller. */
    String value();

    /** Requests a caller may make per minute, on average. */
    int perMinute();

    /** Requests a caller may make at once after a quiet spell. */
    int burst();
}
