package nl.opstap.employer.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.UUID;
import nl.opstap.events.ClientPlaced;
import nl.opstap.events.PlacementEnded;
import nl.opstap.events.vocabulary.ContractType;
import nl.opstap.events.vocabulary.TargetGroup;
import org.junit.jupiter.api.Test;

class PlacementTest {

    final UUID placementId = UUID.randomUUID();
    final UUID clientId = UUID.randomUUID();
    final UUID employerId = UUID.randomUUID();
    final ClientPlaced placed = new ClientPlaced(placementId, clientId, UUID.randomUUID(), employerId, ContractType.PERMANENT, 32,
            TargetGroup.PARTICIPATIEWET, false, LocalDate.of(2026, 3, 1));

    @Test
    void shouldKeepAnEndThatArrivedBeforeThePlacement() {
        Placement placement = Placement.ofEnded("uw", new PlacementEnded(placementId, clientId, employerId, "DISMISSED", LocalDate.of(2026, 5, 31)));
        assertFalse(placement.isKnown(), "an end alone cannot be credited");
        placement.placed(UUID.randomUUID(), placed);
        assertTrue(placement.isKnown());
        assertEquals(LocalDate.of(2026, 5, 31), placement.endedOn);
        assertEquals(32, placement.hoursPerWeek);
    }

    @Test
    void shouldIgnoreASecondClientPlacedForTheSamePlacement() {
        UUID firstEvent = UUID.randomUUID();
        Placement placement = Placement.ofPlaced("uw", firstEvent, placed);
        placement.placed(UUID.randomUUID(), new ClientPlaced(placementId, clientId, UUID.randomUUID(), employerId, ContractType.PERMANENT, 8,
                TargetGroup.WW, true, LocalDate.of(2026, 1, 1)));
        assertEquals(firstEvent, placement.placedEventId);
        assertEquals(32, placement.hoursPerWeek);
        assertEquals(LocalDate.of(2026, 3, 1), placement.placedOn);
    }
}
