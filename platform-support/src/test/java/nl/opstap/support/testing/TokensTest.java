package nl.opstap.support.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The realm links employer users to one employer: the test Keycloak must put it in the token. */
class TokensTest {

    @Test
    void employerTokenCarriesTheLinkedEmployerTenantAndRole() throws Exception {
        UUID employerId = UUID.randomUUID();

        JsonNode claims = claims(Tokens.employer("pastiel", employerId));

        assertEquals(employerId.toString(), claims.path("employer_id").asText());
        assertEquals("pastiel", claims.path("org").asText());
        assertTrue(claims.path("roles").toString().contains("\"employer\""), claims.path("roles").toString());
    }

    @Test
    void eachEmployerGetsItsOwnUser() throws Exception {
        JsonNode first = claims(Tokens.employer("uw", UUID.randomUUID()));
        JsonNode second = claims(Tokens.employer("uw", UUID.randomUUID()));

        assertNotEquals(first.path("sub").asText(), second.path("sub").asText());
        assertNotEquals(first.path("employer_id").asText(), second.path("employer_id").asText());
    }

    @Test
    void otherUsersCarryNoEmployer() throws Exception {
        assertTrue(claims(Tokens.user("uw-account-manager")).path("employer_id").isMissingNode());
    }

    private static JsonNode claims(String jwt) throws Exception {
        return new ObjectMapper().readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
    }
}
