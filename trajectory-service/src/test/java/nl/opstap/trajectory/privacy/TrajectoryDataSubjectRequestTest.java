package nl.opstap.trajectory.privacy;

import static nl.opstap.trajectory.TrajectoryFixtures.consultant;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.opstap.events.DataSubjectRequestCompleted;
import nl.opstap.support.testing.DataSubjectRequestProbe;
import nl.opstap.trajectory.TrajectoryFixtures;
import org.junit.jupiter.api.Test;

/** trajectory-service's part of a data-subject request: everything it holds exported, everything written about the person erased. */
@QuarkusTest
class TrajectoryDataSubjectRequestTest {

    private static final String SERVICE = "trajectory-service";

    @Test
    void exportsTheFileAndErasesWhatIsWrittenAboutThePersonButKeepsTheDates() {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
        UUID client = UUID.randomUUID();
        String programme = TrajectoryFixtures.publish(TrajectoryFixtures.programme("FLAG", false));
        String id = TrajectoryFixtures.admit(client, programme, today);
        consultant().contentType(ContentType.JSON).body(Map.of("priority", "LABOUR_MARKET_CHANCES", "goals", List.of(Map.of(
                        "category", "DEVELOPMENT", "description", "Omgaan met rugklachten op het werk", "measurableTarget", "4 weken",
                        "dueOn", today.plusWeeks(8).toString()))))
                .put("/trajectories/" + id + "/plan").then().statusCode(200);
        consultant().contentType(ContentType.JSON).body(Map.of("heldOn", today.toString(),
                        "participants", List.of(Map.of("role", "CLIENT", "name", "client")), "decision", "CONTINUE",
                        "notes", "Moeder is ziek, minder uren"))
                .post("/trajectories/" + id + "/reviews").then().statusCode(201);
        // A caseload page with another client on it: its audit entry names both, the export only this client.
        TrajectoryFixtures.admit(UUID.randomUUID(), programme, today);
        List<String> shown = List.of();
        for (int page = 0; !shown.contains(client.toString()); page++) {
            shown = consultant().queryParam("size", 50).queryParam("page", page).get("/trajectories").then().statusCode(200)
                    .body("items", not(empty())).extract().path("items.clientId");
        }
        assertTrue(shown.size() > 1, "the page shows other clients too");

        DataSubjectRequestProbe.Answer export = DataSubjectRequestProbe.export(SERVICE, "uw", client);
        JsonNode part = export.part();
        assertEquals(id, part.at("/trajectories/0/id").asText());
        assertEquals("Omgaan met rugklachten op het werk", part.at("/plan-goals/0/description").asText());
        assertEquals("Moeder is ziek, minder uren", part.at("/reviews/0/notes").asText());
        assertTrue(part.path("timeline").size() >= 2, "timeline exported");
        assertTrue(part.path("processing-log").size() >= 1, "who processed the file here");
        part.path("processing-log").forEach(entry -> assertEquals(client.toString(), entry.path("client_id").asText(),
                "the export names no other client"));
        assertTrue(part.path("processing-log").findValuesAsText("endpoint").contains("GET /trajectories"), "the caseload read");
        assertEquals(part.path("trajectories").size() + part.path("plan-goals").size() + part.path("reviews").size()
                + part.path("timeline").size() + part.path("development-plans").size() + part.path("processing-log").size(),
                export.completed().records());

        DataSubjectRequestCompleted erased = DataSubjectRequestProbe.erase(SERVICE, "uw", client);
        assertTrue(erased.records() >= 3, "goal, review and timeline entries erased: " + erased.records());
        consultant().get("/trajectories/" + id + "/plan").then().statusCode(200)
                .body("goals.description", everyItem(equalTo("erased")));
        consultant().get("/trajectories/" + id + "/reviews").then().statusCode(200)
                .body("[0].notes", nullValue()).body("[0].participants", hasSize(0)).body("[0].decision", equalTo("CONTINUE"));
        consultant().get("/trajectories/" + id).then().statusCode(200).body("status", equalTo("ACTIVE"))
                .body("startedOn", equalTo(today.toString()));
        consultant().get("/trajectories/" + id + "/timeline").then().statusCode(200)
                .body("summary", everyItem(equalTo("erased")));
        assertEquals(0, DataSubjectRequestProbe.erase(SERVICE, "uw", client).records(), "nothing left to erase");
    }

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aFileOpenedThousandsOfTimesListsEveryMomentAndOneOpenedOverAHundredThousandTimesSaysHowOften() throws SQLException {
        // A tenant of its own: these rows are no hash chain, and no test verifies this tenant's.
        String tenant = "volume";
        UUID client = UUID.randomUUID();
        looked(tenant, client, "uw-jobcoach", "GET /trajectories", 4_000);
        looked(tenant, client, "uw-consultant", "GET /trajectories/{id}/plan", 1_000);

        JsonNode log = DataSubjectRequestProbe.export(SERVICE, tenant, client).part().path("processing-log");
        assertEquals(2, log.size(), "one record per actor and endpoint");
        JsonNode coach = log.at("/0/actor").asText().equals("uw-jobcoach") ? log.get(0) : log.get(1);
        assertEquals(4_000, coach.path("times").asInt());
        assertEquals(4_000, coach.path("occurred_at").size(), "every moment");
        assertEquals(coach.path("first_at").asText(), coach.at("/occurred_at/0").asText());
        assertEquals(coach.path("last_at").asText(), coach.at("/occurred_at/3999").asText());
        assertEquals(5_000, log.findValues("occurred_at").stream().mapToInt(JsonNode::size).sum());

        // Every moment of 120,000 would not fit one Kafka record (5,000 take 64 KB sealed).
        UUID often = UUID.randomUUID();
        looked(tenant, often, "uw-jobcoach", "GET /trajectories", 120_000);
        DataSubjectRequestProbe.Answer summarised = DataSubjectRequestProbe.export(SERVICE, tenant, often);
        JsonNode entry = summarised.part().at("/processing-log/0");
        assertEquals(120_000, entry.path("times").asInt());
        assertTrue(entry.path("occurred_at").isMissingNode(), "how often, first and last; not each moment");
        assertTrue(Instant.parse(entry.path("first_at").asText()).isBefore(Instant.parse(entry.path("last_at").asText())));
        assertEquals(1, summarised.completed().records());
    }

    /** {@code times} audit entries naming the client, at random moments of the last two years, written straight into the table. */
    private void looked(String tenant, UUID client, String actor, String endpoint, int times) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement insert = connection.prepareStatement(
                "insert into audit_entry (tenant, occurred_at, actor, actor_roles, client_ids, category, operation, endpoint, "
                        + "purpose, legal_basis, previous_hash, hash) select ?, now() - random() * interval '730 days', ?, 'jobcoach', "
                        + "array[cast(? as uuid)], 'trajectory', 'read', ?, 'guidance', 'art. 6(1)(e) AVG', "
                        + "repeat('0', 64), repeat('0', 64) from generate_series(1, ?) g")) {
            insert.setString(1, tenant);
            insert.setString(2, actor);
            insert.setObject(3, client);
            insert.setString(4, endpoint);
            insert.setInt(5, times);
            assertEquals(times, insert.executeUpdate());
        }
    }
}
