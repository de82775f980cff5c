package nl.opstap.support.time;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Every "now" in Opstap comes from this clock, so tests can move time instead of waiting for it.
 * {@code opstap.clock.offset} (an ISO-8601 period such as {@code P8M}) runs a whole process that much later: the
 * end-to-end journey and demos use it to show what months of elapsed time do (SROI credits, aftercare ending,
 * sustainable outflow) without waiting months. Unset in production.
 */
@ApplicationScoped
public class ClockProducer {

    private static final Logger LOG = Logger.getLogger(ClockProducer.class);

    @Produces
    @DefaultBean
    @ApplicationScoped
    Clock clock(@ConfigProperty(name = "opstap.clock.offset") Optional<Period> offset) {
        if (offset.isEmpty() || offset.get().isZero()) {
            return Clock.systemUTC();
        }
        Duration ahead = offsetFrom(Instant.now(), offset.get());
        LOG.warnf("The clock of this process runs %s ahead of real time (opstap.clock.offset): for demos and tests only",
                offset.get());
        return Clock.offset(Clock.systemUTC(), ahead);
    }

    /** The period as a fixed duration from {@code now}, counted in Amsterdam's calendar (a month is that month's length). */
    static Duration offsetFrom(Instant now, Period period) {
        return Duration.between(now, now.atZone(Netherlands.ZONE).plus(period).toInstant());
    }
}
