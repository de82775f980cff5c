package nl.opstap.trajectory.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.opstap.events.EventJson;
import nl.opstap.events.ProgrammePublished;
import nl.opstap.events.Topics;
import nl.opstap.events.vocabulary.PriceUnit;
import nl.opstap.support.testing.Tokens;
import nl.opstap.support.testing.TopicProbe;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProgrammeResourceTest {

    static Map<String, Object> isdBol() {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "Werkervaringsplek ISD BOL");
        body.put("targetGroups", List.of("PARTICIPATIEWET", "NUG"));
        body.put("inclusionCriteria", List.of(Map.of("code", "ladder-3-6", "description", "Participatieladder trede 3 t/m 6",
                "attribute", "PARTICIPATION_LADDER_STEP", "operator", "BETWEEN", "values", List.of("3", "6"))));
        body.put("exclusionCriteria", List.of(Map.of("code", "in-depth-diagnosis", "description", "Eerst verdiepende diagnose",
                "attribute", "IN_DEPTH_DIAGNOSIS_NEEDED", "operator", "IS_TRUE", "values", List.of())));
        body.put("phases", List.of("work-experience"));
        body.put("minDurationMonths", 3);
        body.put("maxDurationMonths", 6);
        body.put("maxExtensions", 0);
        body.put("maxExtensionMonths", 0);
        body.put("aftercareMonths", 3);
        body.put("financialArrangement", "RETAINED_BENEFIT");
        body.put("plannedCostEur", 3000);
        return body;
    }

    @Test
    void publishingEmitsProgrammePublishedAndChangesMakeNewVersions() {
        try (TopicProbe probe = TopicProbe.open(Topics.TRAJECTORY_PROGRAMME)) {
            String id = given().auth().oauth2(Tokens.user("uw-admin")).contentType(ContentType.JSON).body(isdBol())
                    .post("/programmes").then().statusCode(201).body("version", equalTo(1)).extract().path("programmeId");
            ConsumerRecord<String, String> record = probe.await(r -> id.equals(r.key()), Duration.ofSeconds(20));
            ProgrammePublished published = EventJson.read(record.value(), ProgrammePublished.class).data();
            assertEquals(1, published.version());
            assertEquals("ladder-3-6", published.inclusionCriteria().get(0).code());
            assertEquals(PriceUnit.PER_TRAJECTORY, published.priceUnit(), "without a unit the price is per trajectory");

            Map<String, Object> v2 = isdBol();
            v2.put("maxDurationMonths", 9);
            v2.put("plannedCostEur", 450);
            v2.put("priceUnit", "PER_MONTH");
            given().auth().oauth2(Tokens.user("uw-admin")).contentType(ContentType.JSON).body(v2)
                    .post("/programmes/" + id + "/versions").then().statusCode(201).body("version", equalTo(2));
            given().auth().oauth2(Tokens.user("uw-consultant")).get("/programmes/" + id)
                    .then().statusCode(200).body("version", equalTo(2)).body("definition.maxDurationMonths", equalTo(9))
                    .body("definition.priceUnit", equalTo("PER_MONTH"));
            ProgrammePublished second = EventJson.read(probe.await(r -> id.equals(r.key()) && r.value().contains("\"version\":2"),
                    Duration.ofSeconds(20)).value(), ProgrammePublished.class).data();
            assertEquals(PriceUnit.PER_MONTH, second.priceUnit());
            assertEquals(0, new BigDecimal("450").compareTo(second.plannedCostEur()));
            given().auth().oauth2(Tokens.user("pastiel-consultant")).get("/programmes/" + id).then().statusCode(404);
            String onlyV1 = given().auth().oauth2(Tokens.user("uw-admin")).contentType(ContentType.JSON).body(isdBol())
                    .post("/programmes").then().statusCode(201).extract().path("programmeId");
            // The list holds the newest version of every programme: v2 of the first, v1 of the second.
            given().auth().oauth2(Tokens.user("uw-consultant")).queryParam("size", 200).get("/programmes")
                    .then().statusCode(200)
                    .body("items.findAll { it.programmeId == '" + id + "' }.version", equalTo(List.of(2)))
                    .body("items.findAll { it.programmeId == '" + onlyV1 + "' }.version", equalTo(List.of(1)));
        }
    }

    @Test
    void inconsistentProgrammesAreRejectedWithTheFieldNamed() {
        Map<String, Object> body = isdBol();
        body.put("minDurationMonths", 12);
        given().auth().oauth2(Tokens.user("uw-admin")).contentType(ContentType.JSON).body(body)
                .post("/programmes").then().statusCode(400).body("violations.field", hasItem("minDurationMonths"));

        body = isdBol();
        body.put("inclusionCriteria", List.of(Map.of("code", "ladder", "description", "x",
                "attribute", "PARTICIPATION_LADDER_STEP", "operator", "BETWEEN", "values", List.of("3"))));
        given().auth().oauth2(Tokens.user("uw-admin")).contentType(ContentType.JSON).body(body)
                .post("/programmes").then().statusCode(400).body("violations.field", hasItem("inclusionCriteria[0].values"));

        given().auth().oauth2(Tokens.user("uw-consultant")).contentType(ContentType.JSON).body(isdBol())
                .post("/programmes").then().statusCode(403);
    }
}
