package nl.opstap.support.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "opstap.outbox")
public interface OutboxConfig {

    /** Whether this instance relays at all (tests switch it off to simulate a crash between commit and send). */
    @WithDefault("true")
    boolean relayEnabled();

    /** Events sent per relay run. */
    @WithDefault("500")
    int batchSize();

    /** How long a sent event is kept for inspection before it is purged. */
    @WithDefault("P7D")
    Duration retention();

    /** Upper bound on one send, so a run with the broker down ends and retries instead of hanging. */
    @WithDefault("10s")
    Duration sendTimeout();
}
