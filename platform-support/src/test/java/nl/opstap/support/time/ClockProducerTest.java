package nl.opstap.support.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ClockProducerTest {

    private final ClockProducer producer = new ClockProducer();

    @Test
    void withoutAnOffsetTheClockIsRealTime() {
        Clock clock = producer.clock(Optional.empty());
        assertTrue(Duration.between(Instant.now(), clock.instant()).abs().toSeconds() < 2);
    }

    @Test
    void anOffsetInMonthsMovesTheAmsterdamDateByThatManyCalendarMonths() {
        // 31 January + 1 month is the last day of February in Amsterdam, not "31 days later".
        Instant lateJanuary = LocalDate.of(2027, 1, 31).atTime(23, 30).atZone(Netherlands.ZONE).toInstant();
        Duration ahead = ClockProducer.offsetFrom(lateJanuary, Period.ofMonths(1));
        assertEquals(LocalDate.of(2027, 2, 28), Netherlands.dateOf(lateJanuary.plus(ahead)));
        assertEquals(Duration.ofDays(28), ahead);
    }

    @Test
    void theProducedClockRunsTheOffsetAheadAndKeepsTicking() throws InterruptedException {
        Clock clock = producer.clock(Optional.of(Period.ofMonths(8)));
        LocalDate expected = LocalDate.now(Netherlands.ZONE).plusMonths(8);
        assertTrue(Math.abs(Netherlands.today(clock).toEpochDay() - expected.toEpochDay()) <= 1,
                () -> "today on the moved clock: " + Netherlands.today(clock));
        Instant first = clock.instant();
        Thread.sleep(20);
        assertTrue(clock.instant().isAfter(first), "a moved clock still runs");
    }
}
