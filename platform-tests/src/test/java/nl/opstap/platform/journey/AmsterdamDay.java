package nl.opstap.platform.journey;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The day a suite runs on. The services date everything by the Amsterdam calendar; a suite that keeps one "today" for
 * its whole run breaks if Amsterdam midnight falls inside it (the services' today moves on, the suite's does not). So a
 * suite asks for the room it needs, and when less of the day is left it first waits for midnight to pass.
 */
final class AmsterdamDay {

    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private AmsterdamDay() {
    }

    /** Today in Amsterdam, with at least {@code room} of it left (waiting out midnight when there is less). */
    static LocalDate todayWithRoom(Duration room) {
        ZonedDateTime now = ZonedDateTime.now(AMSTERDAM);
        Duration left = Duration.between(now, now.toLocalDate().plusDays(1).atStartOfDay(AMSTERDAM));
        if (left.compareTo(room) < 0) {
            System.out.printf("Amsterdam midnight is %d s away and the suite needs %d min: waiting for the new day%n",
                    left.toSeconds(), room.toMinutes());
            try {
                Thread.sleep(left.plusSeconds(5).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for midnight", e);
            }
        }
        return LocalDate.now(AMSTERDAM);
    }
}
