package nl.opstap.support.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ClockProvider;
import java.time.Clock;

/**
 * The clock Bean Validation checks {@code @PastOrPresent} and the like against: the service's injectable
 * clock, in Amsterdam, so that "today" at the edge is the same Dutch date the domain uses.
 */
@ApplicationScoped
public class AmsterdamClockProvider implements ClockProvider {

    private final Clock clock;

    AmsterdamClockProvider(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Clock getClock() {
        return clock.withZone(Netherlands.ZONE);
    }
}
