package nl.opstap.support.ratelimit;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.Config;

/**
 * A token bucket per caller and limit: each caller starts with {@code burst} requests and gains
 * {@code perMinute / 60} a second. State is per instance; with several instances a caller's allowance is
 * multiplied by their number, which is acceptable for a limit meant to stop runaway clients.
 */
@ApplicationScoped
public class RateLimiter {

    private final Clock clock;
    private final Config config;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    RateLimiter(Clock clock, Config config) {
        this.clock = clock;
        this.config = config;
    }

    /** Takes one request from the caller's allowance; empty when allowed, else the seconds until it is. */
    public OptionalLong acquire(RateLimited limit, String caller) {
        Bucket bucket = buckets.computeIfAbsent(limit.value() + '\u0000' + caller, key -> new Bucket(
                config.getOptionalValue("opstap.rate-limit." + limit.value() + ".per-minute", Integer.class).orElse(limit.perMinute()),
                config.getOptionalValue("opstap.rate-limit." + limit.value() + ".burst", Integer.class).orElse(limit.burst()),
                clock.millis()));
        return bucket.take(clock.millis());
    }

    private static final class Bucket {

        private final double perMilli;
        private final double capacity;
        private double tokens;
        private long updated;

        Bucket(int perMinute, int burst, long now) {
            this.perMilli = Math.max(1, perMinute) / 60_000.0;
            this.capacity = Math.max(1, burst);
            this.tokens = capacity;
            this.updated = now;
        }

        synchronized OptionalLong take(long now) {
            tokens = Math.min(capacity, tokens + (now - updated) * perMilli);
            updated = now;
            if (tokens >= 1) {
                tokens -= 1;
                return OptionalLong.empty();
            }
            return OptionalLong.of((long) Math.ceil((1 - tokens) / perMilli / 1000.0));
        }
    }
}
