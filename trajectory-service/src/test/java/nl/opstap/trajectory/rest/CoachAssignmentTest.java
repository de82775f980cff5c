package nl.opstap.trajectory.rest;

import static nl.opstap.trajectory.TrajectoryFixtures.consultant;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import nl.opstap.trajectory.TrajectoryFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A coach is a real professional of the organisation, checked against Keycloak's users and roles. */
@QuarkusTest
class CoachAssignmentTest {

    private String trajectoryId;

    @BeforeEach
    void startATrajectory() {
        String programme = TrajectoryFixtures.publish(TrajectoryFixtures.programme("FLAG", false));
        trajectoryId = TrajectoryFixtures.admit(UUID.randomUUID(), programme, LocalDate.now());
    }

    @ParameterizedTest
    @ValueSource(strings = {"pastiel-jobcoach", "nobody-at-all", "uw-analyst"})
    void shouldRefuseSomeoneWhoIsNotACoachOfTheOrganisation(String coach) {
        assign(coach).then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://opstap.nl/problems/business-rule"))
                .body("violations.field", hasItem("coach"));
        consultant().get("/trajectories/" + trajectoryId).then().statusCode(200)
                .body("coach", org.hamcrest.Matchers.not(equalTo(coach)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"uw-jobcoach", "uw-consultant"})
    void shouldAssignAJobcoachOrConsultantOfTheOrganisation(String coach) {
        assign(coach).then().statusCode(200).body("coach", equalTo(coach));
    }

    private io.restassured.response.Response assign(String coach) {
        return consultant().contentType(ContentType.JSON).body(Map.of("coach", coach)).put("/trajectories/" + trajectoryId + "/coach");
    }
}
