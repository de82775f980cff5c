package nl.opstap.matching;

import static io.restassured.RestAssured.given;
import static nl.opstap.matching.messaging.MatchingEvents.admitted;
import static nl.opstap.matching.messaging.MatchingEvents.gardeningVacancy;
import static nl.opstap.matching.messaging.MatchingEvents.send;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import nl.opstap.events.Topics;
import nl.opstap.events.TrajectoryStarted;
import nl.opstap.support.testing.HostileInputContract;
import nl.opstap.support.testing.Tokens;

@QuarkusTest
class MatchingHostileInputTest extends HostileInputContract {

    private UUID vacancy;
    private UUID client;
    private String proposal;

    /** Real ids of the demo organisation, so that attacks reach validation and the isolation sweep tries what exists. */
    @Override
    protected String pathValue(String pathTemplate, String parameter) {
        if (proposal == null) {
            createCandidateVacancyAndProposal();
        }
        return switch (parameter) {
            case "proposalId" -> proposal;
            case "vacancyId" -> vacancy.toString();
            case "clientId" -> client.toString();
            default -> super.pathValue(pathTemplate, parameter);
        };
    }

    private void createCandidateVacancyAndProposal() {
        vacancy = UUID.randomUUID();
        client = UUID.randomUUID();
        send(Topics.EMPLOYER_VACANCY, "uw", vacancy, gardeningVacancy(vacancy, UUID.randomUUID()));
        send(Topics.INTAKE_CLIENT, "uw", client, admitted(client));
        send(Topics.TRAJECTORY_TRAJECTORY, "uw", client, new TrajectoryStarted(UUID.randomUUID(), client, UUID.randomUUID(), 1,
                "ORIENTATION", LocalDate.of(2026, 11, 3), LocalDate.of(2027, 11, 3)));
        String accountManager = Tokens.user("uw-account-manager");
        await().atMost(Duration.ofSeconds(30)).until(() ->
                given().auth().oauth2(accountManager).get("/candidates/" + client).statusCode() == 200
                        && given().auth().oauth2(accountManager).get("/vacancies/" + vacancy).statusCode() == 200);
        proposal = given().auth().oauth2(accountManager).contentType(ContentType.JSON)
                .body(Map.of("vacancyId", vacancy.toString(), "clientId", client.toString())).post("/proposals")
                .then().statusCode(201).extract().path("id");
    }
}
