package nl.opstap.support.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.opstap.events.BenefitResumed;
import nl.opstap.events.EventEnvelope;
import nl.opstap.events.EventPayload;
import nl.opstap.events.VacancyClosed;
import org.junit.jupiter.api.Test;

/** The dispatch table alone: no Quarkus, no database. */
class EventHandlersTest {

    private static final UUID CLIENT = UUID.randomUUID();
    private final BenefitResumed resumed = new BenefitResumed(CLIENT, "GM0344", LocalDate.of(2026, 10, 1));

    @Test
    void anEventGoesToTheHandlerOfItsTypeWithItsTenant() {
        List<String> calls = new ArrayList<>();
        EventHandlers handlers = new EventHandlers()
                .on(BenefitResumed.class, (tenant, event) -> calls.add(tenant + " " + event.clientId()));

        handlers.dispatch(envelope("uw", resumed));

        assertEquals(List.of("uw " + CLIENT), calls);
    }

    @Test
    void anEventOfATypeWithoutAHandlerIsIgnored() {
        List<EventPayload> handled = new ArrayList<>();
        EventHandlers handlers = new EventHandlers().on(VacancyClosed.class, (tenant, event) -> handled.add(event));

        handlers.dispatch(envelope("uw", resumed));

        assertEquals(List.of(), handled);
    }

    @Test
    void anEnvelopeHandlerGetsTheWholeEnvelope() {
        List<EventEnvelope<BenefitResumed>> handled = new ArrayList<>();
        EventEnvelope<BenefitResumed> envelope = envelope("uw", resumed);

        new EventHandlers().onEnvelope(BenefitResumed.class, handled::add).dispatch(envelope);

        assertEquals(List.of(envelope), handled);
    }

    @Test
    void aCatchAllHandlerGetsEveryEvent() {
        List<String> types = new ArrayList<>();
        EventHandlers handlers = new EventHandlers().onEvery(envelope -> types.add(envelope.type()));

        handlers.dispatch(envelope("uw", resumed));
        handlers.dispatch(envelope("pastiel", resumed));

        assertEquals(List.of(resumed.eventType().type(), resumed.eventType().type()), types);
    }

    @Test
    void aTypeHasOneHandler() {
        EventHandlers handlers = new EventHandlers().on(BenefitResumed.class, (tenant, event) -> { });

        assertThrows(IllegalStateException.class, () -> handlers.on(BenefitResumed.class, (tenant, event) -> { }));
    }

    private static <E extends EventPayload> EventEnvelope<E> envelope(String tenant, E event) {
        return EventEnvelope.of("intake-service", tenant, CLIENT.toString(), Instant.now(), event);
    }
}
