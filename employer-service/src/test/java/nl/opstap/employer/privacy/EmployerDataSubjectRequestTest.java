package nl.opstap.employer.privacy;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import nl.opstap.events.ClientPlaced;
import nl.opstap.events.EventEnvelope;
import nl.opstap.events.EventJson;
import nl.opstap.events.Topics;
import nl.opstap.events.vocabulary.ContractType;
import nl.opstap.events.vocabulary.TargetGroup;
import nl.opstap.support.testing.DataSubjectRequestProbe;
import nl.opstap.support.testing.TopicWriter;
import org.junit.jupiter.api.Test;

/**
 * employer-service's part of a data-subject request: the placements it credits are exported; erasure keeps them, as the
 * SROI accounting needs them and they carry nothing but the pseudonymous id.
 */
@QuarkusTest
class EmployerDataSubjectRequestTest {

    private static final String SERVICE = "employer-service";

    @Test
    void exportsThePlacementsAndKeepsThemOnErasure() {
        UUID client = UUID.randomUUID();
        UUID placement = UUID.randomUUID();
        TopicWriter.send(Topics.MATCHING_PLACEMENT, client.toString(), EventJson.write(EventEnvelope.of("matching-service", "uw",
                client.toString(), Instant.now(), new ClientPlaced(placement, client, UUID.randomUUID(), UUID.randomUUID(),
                        ContractType.PERMANENT, 28, TargetGroup.PARTICIPATIEWET, true, LocalDate.of(2026, 10, 1)))));

        AtomicReference<JsonNode> part = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            part.set(DataSubjectRequestProbe.export(SERVICE, "uw", client).part());
            return part.get().path("placements").size() == 1;
        });
        assertEquals(placement.toString(), part.get().at("/placements/0/placement_id").asText());
        assertEquals(28, part.get().at("/placements/0/hours_per_week").asInt());

        assertEquals(0, DataSubjectRequestProbe.erase(SERVICE, "uw", client).records());
        assertEquals(1, DataSubjectRequestProbe.export(SERVICE, "uw", client).part().path("placements").size());
        // Another organisation's request for the same id finds nothing.
        assertEquals(0, DataSubjectRequestProbe.export(SERVICE, "pastiel", client).part().path("placements").size());
    }
}
