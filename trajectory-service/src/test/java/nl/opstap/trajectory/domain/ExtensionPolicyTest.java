package nl.opstap.trajectory.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ExtensionPolicyTest {

    /** Lelystad: one extension of at most half a year. */
    private final ExtensionPolicy lelystad = new ExtensionPolicy(1, 6, 6, List.of("PLACEMENT_IN_SIGHT"), true);

    private static Extension extension(int months, ExtensionStatus status) {
        Extension e = new Extension();
        e.months = months;
        e.status = status;
        return e;
    }

    @Test
    void withinPolicyIsAllowed() {
        assertTrue(lelystad.refusalFor(6, "PLACEMENT_IN_SIGHT", List.of()).isEmpty());
    }

    @Test
    void eachLimitHasItsOwnReason() {
        assertTrue(lelystad.refusalFor(7, "PLACEMENT_IN_SIGHT", List.of()).orElseThrow().contains("at most 6 month"));
        assertTrue(lelystad.refusalFor(3, "HOLIDAY", List.of()).orElseThrow().contains("not allowed"));
        assertTrue(lelystad.refusalFor(3, "PLACEMENT_IN_SIGHT", List.of(extension(3, ExtensionStatus.APPROVED)))
                .orElseThrow().contains("at most 1 extension"));
        assertEquals("The programme allows no extension",
                new ExtensionPolicy(0, 0, 0, List.of(), false).refusalFor(1, "X", List.of()).orElseThrow());
    }

    @Test
    void refusedRequestsDoNotCountButPendingOnesDo() {
        assertTrue(lelystad.refusalFor(6, "PLACEMENT_IN_SIGHT", List.of(extension(12, ExtensionStatus.REFUSED))).isEmpty());
        assertTrue(lelystad.refusalFor(6, "PLACEMENT_IN_SIGHT", List.of(extension(2, ExtensionStatus.REQUESTED))).isPresent());
    }

    @Test
    void theTotalCapAddsUpEarlierExtensions() {
        ExtensionPolicy twoOfThreeMonthsCappedAtFour = new ExtensionPolicy(2, 3, 4, List.of(), false);
        assertTrue(twoOfThreeMonthsCappedAtFour.refusalFor(2, "ANY", List.of(extension(3, ExtensionStatus.APPROVED)))
                .orElseThrow().contains("add up to 4"));
        assertTrue(twoOfThreeMonthsCappedAtFour.refusalFor(1, "ANY", List.of(extension(3, ExtensionStatus.APPROVED))).isEmpty());
    }
}
