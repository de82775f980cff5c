package nl.opstap.employer.testing;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import nl.opstap.support.time.Netherlands;

/**
 * Replaces the platform clock in tests (the production one is a default bean): real time until a test travels
 * to a day, then that day at noon in Amsterdam, so the daily sweep sees exactly the "today" the test chose.
 */
@Singleton
public class TravellingClock extends Clock {

    private final AtomicReference<Instant> fixed = new AtomicReference<>();

    public void travelTo(LocalDate day) {
        fixed.set(day.atTime(LocalTime.NOON).atZone(Netherlands.ZONE).toInstant());
    }

    public void backToNow() {
        fixed.set(null);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }

    @Override
    public Instant instant() {
        Instant day = fixed.get();
        return day != null ? day : Instant.now();
    }
}
