package nl.opstap.reporting.privacy;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import nl.opstap.reporting.JourneyEvents;
import nl.opstap.support.testing.DataSubjectRequestProbe;
import nl.opstap.support.testing.TokenRequests;
import org.junit.jupiter.api.Test;

/** reporting-service's part of a data-subject request: the journey facts exported; erasure changes a detail, never a figure. */
@QuarkusTest
class ReportingDataSubjectRequestTest {

    private static final String SERVICE = "reporting-service";

    @Test
    void erasureTakesThePostcodeAreaOutOfTheFactsAndLeavesEveryFigure() {
        JourneyEvents events = new JourneyEvents("uw").programme(12);
        UUID erased = UUID.randomUUID();
        UUID kept = UUID.randomUUID();
        LocalDate on = LocalDate.of(2023, 3, 1);
        events.referral(erased, on).admitted(erased, on.plusDays(10)).referral(kept, on).admitted(kept, on.plusDays(12)).send();
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> funnel(events.programmeId()).then().statusCode(200)
                .body("admitted", equalTo(2)));
        String before = funnel(events.programmeId()).asString();

        JsonNode part = DataSubjectRequestProbe.export(SERVICE, "uw", erased).part();
        assertEquals("3526", part.at("/admission/0/postcode_area").asText());
        assertEquals(1, part.path("referral").size());

        assertEquals(1, DataSubjectRequestProbe.erase(SERVICE, "uw", erased).records());
        JsonNode after = DataSubjectRequestProbe.export(SERVICE, "uw", erased).part();
        assertTrue(after.at("/admission/0/postcode_area").isNull(), after.toString());
        assertEquals(on.plusDays(10).toString(), after.at("/admission/0/admitted_on").asText());
        assertEquals("3526", DataSubjectRequestProbe.export(SERVICE, "uw", kept).part().at("/admission/0/postcode_area").asText());
        assertEquals(before, funnel(events.programmeId()).asString());
    }

    private static io.restassured.response.Response funnel(UUID programme) {
        return TokenRequests.asUser("uw-analyst").queryParam("period", "2023").queryParam("programme", programme.toString())
                .get("/kpis/funnel");
    }
}
