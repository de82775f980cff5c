package nl.opstap.support.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class FuzzedRequestsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DOCUMENT = """
            {"paths": {"/things/{id}": {"put": {
               "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string", "format": "uuid"}},
                              {"name": "size", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 200}}],
               "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}}}}},
             "components": {"schemas": {"Thing": {"type": "object", "required": ["name", "hours"], "properties": {
               "name": {"type": "string", "maxLength": 20},
               "hours": {"type": "integer", "minimum": 1, "maximum": 40},
               "kind": {"type": "string", "enum": ["REGULAR", "TRIAL"]},
               "from": {"type": "string", "format": "date"}}}}}}
            """;
    private static final String ID = UUID.randomUUID().toString();

    private List<FuzzedRequests.Case> generate(long seed) throws Exception {
        JsonNode openApi = JSON.readTree(DOCUMENT);
        return new FuzzedRequests(openApi, seed).forOperation("PUT", "/things/{id}", openApi.at("/paths/~1things~1{id}/put"),
                (template, name) -> ID, 400);
    }

    @Test
    void theSameSeedGivesTheSameRequests() throws Exception {
        assertEquals(generate(7), generate(7));
    }

    @Test
    void everyPartOfTheRequestGetsBroken() throws Exception {
        List<FuzzedRequests.Case> cases = generate(11);
        assertTrue(cases.stream().anyMatch(c -> c.mutation().startsWith("path id=") && !c.pathAndQuery().contains(ID)), "a broken path");
        assertTrue(cases.stream().anyMatch(c -> c.mutation().startsWith("query size=")), "a broken query parameter");
        assertTrue(cases.stream().anyMatch(c -> c.mutation().startsWith("without ")), "a missing field");
        assertTrue(cases.stream().anyMatch(c -> c.mutation().startsWith("hours=")), "a broken integer field");
        assertTrue(cases.stream().anyMatch(c -> c.mutation().equals("unknown field") && c.body().contains("unexpectedField")), "an unknown field");
    }

    @Test
    void unbrokenPartsFollowTheSchema() throws Exception {
        for (FuzzedRequests.Case request : generate(3)) {
            if (request.mutation().startsWith("path") || request.mutation().startsWith("query")) {
                JsonNode body = JSON.readTree(request.body());
                assertTrue(body.path("name").isTextual() && body.path("name").asText().length() <= 20, request.body());
                int hours = body.path("hours").asInt();
                assertTrue(hours >= 1 && hours <= 40, request.body());
                assertTrue(!body.has("kind") || List.of("REGULAR", "TRIAL").contains(body.path("kind").asText()), request.body());
            }
        }
    }
}
