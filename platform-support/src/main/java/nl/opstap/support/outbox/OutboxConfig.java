package nl.opstap.support.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "opstap.outbox")
public interface OutboxConfig {

    /** Whether this instance relays at all (tests switch it off to simulate a crash between commit and send). */
    @WithDefault("true")
    boolean relayEnabled();

    /** Events sent per relay transaction; larger batches spread the select, the update and the commit over more events. */
    @WithDefault("2000")
    int batchSize();

    /** How long after a commit the relay drains; commits within it share that drain (see OutboxRelay#wake). */
    @WithDefault("25ms")
    Duration wakeDelay();

    /** How long a sent event is kept for inspection before it is purged. */
    @WithDefault("P7D")
    Duration retention();

    /** Upper bound on one send, so a run with the broker down ends and retries instead of hanging. */
    @WithDefault("10s")
    Duration sendTimeout();
}
