package nl.opstap.support.time;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Dates in Opstap are Dutch dates: "today" and the day an instant falls on are taken in Amsterdam time. */
public final class Netherlands {

    public static final String ZONE_ID = "Europe/Amsterdam";
    public static final ZoneId ZONE = ZoneId.of(ZONE_ID);

    private Netherlands() {
    }

    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }

    public static LocalDate dateOf(Instant instant) {
        return LocalDate.ofInstant(instant, ZONE);
    }
}
