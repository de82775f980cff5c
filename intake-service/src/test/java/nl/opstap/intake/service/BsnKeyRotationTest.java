package nl.opstap.intake.service;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import nl.opstap.intake.TestData;
import nl.opstap.intake.config.BsnConfig;
import nl.opstap.intake.domain.Bsn;
import nl.opstap.intake.domain.BsnLookupHash;
import nl.opstap.intake.domain.Client;
import nl.opstap.intake.repository.ClientRepository;
import nl.opstap.support.testing.Tokens;
import org.junit.jupiter.api.Test;

/** A BSN encrypted and hashed under retired keys is re-encrypted and re-hashed under the active ones and stays findable. */
@QuarkusTest
class BsnKeyRotationTest {

    @Inject
    BsnConfig config;

    @Inject
    BsnVault vault;

    @Inject
    ClientRepository clients;

    @Test
    void rotationReEncryptsOldCiphertextsAndReHashesOldHashes() {
        String bsn = TestData.bsn();
        UUID clientId = UUID.fromString(given().auth().oauth2(Tokens.client("gemeente-utrecht")).contentType(ContentType.JSON)
                .body(TestData.referral(TestData.reference(), bsn)).post("/referrals").then().statusCode(201).extract().path("clientId"));

        // As if this client had been stored while k0 and h0 were the active keys.
        BsnVault oldVault = new BsnVault(new BsnConfig() {
            public String activeKey() {
                return "k0";
            }

            public Map<String, String> keys() {
                return config.keys();
            }

            public String activeHashKey() {
                return "h0";
            }

            public Map<String, String> hashKeys() {
                return config.hashKeys();
            }
        });
        String underOldKey = oldVault.encrypt(Bsn.of(bsn));
        BsnLookupHash underOldHashKey = oldVault.hash(Bsn.of(bsn));
        QuarkusTransaction.requiringNew().run(() -> {
            Client client = clients.findById(clientId);
            client.bsnEncrypted = underOldKey;
            client.replaceBsnHash(underOldHashKey);
        });
        assertEquals(bsn, vault.decrypt(underOldKey).digits(), "the active vault still reads the old key");
        assertNotEquals(vault.hash(Bsn.of(bsn)).value(), underOldHashKey.value());
        // Before the rotation, the same BSN referred again is the same client: the lookup tries every hash key.
        assertEquals(clientId.toString(), given().auth().oauth2(Tokens.client("gemeente-utrecht")).contentType(ContentType.JSON)
                .body(TestData.referral(TestData.reference(), bsn)).post("/referrals").then().statusCode(201).extract().path("clientId"));

        given().auth().oauth2(Tokens.user("uw-admin")).post("/admin/bsn-key-rotation?batchSize=1000")
                .then().statusCode(200).body("rotated", greaterThanOrEqualTo(1)).body("remaining", equalTo(0));

        Client rotated = QuarkusTransaction.requiringNew().call(() -> clients.findById(clientId));
        assertTrue(rotated.bsnEncrypted.startsWith(vault.activeKeyPrefix()));
        assertEquals(vault.hash(Bsn.of(bsn)), new BsnLookupHash(rotated.bsnHashKey, rotated.bsnHash), "re-hashed under the active key");
        assertFalse(rotated.bsnEncrypted.contains(bsn));
        assertEquals(bsn, vault.decrypt(rotated.bsnEncrypted).digits());
        // Still found by BSN: the municipality's report reaches the same client.
        given().auth().oauth2(Tokens.client("gemeente-utrecht")).contentType(ContentType.JSON)
                .body(Map.of("bsn", bsn, "resumedOn", "2026-10-01")).post("/referrals/benefit-resumptions").then().statusCode(202);

        given().auth().oauth2(Tokens.user("uw-consultant")).post("/admin/bsn-key-rotation").then().statusCode(403);
    }
}
