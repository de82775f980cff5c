package nl.opstap.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import nl.opstap.reporting.config.ReportingConfig;

/**
 * Person pseudonyms for the BI stream: HMAC-SHA256 of organisation and client id under a key only
 * reporting-service has. A plain hash of a client id could be reversed by hashing every known id; without
 * the key that is not possible. The first 16 bytes become a version-8 UUID so the pseudonym fits the envelope.
 */
@ApplicationScoped
public class Pseudonyms {

    private final SecretKeySpec key;

    Pseudonyms(ReportingConfig config) {
        byte[] bytes = Base64.getDecoder().decode(config.analytics().hmacKey());
        if (bytes.length < 32) {
            throw new IllegalStateException("opstap.reporting.analytics.hmac-key must be at least 32 bytes (base64)");
        }
        this.key = new SecretKeySpec(bytes, "HmacSHA256");
    }

    public UUID of(String tenant, UUID clientId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] digest = mac.doFinal((tenant + "|" + clientId).getBytes(StandardCharsets.UTF_8));
            digest[6] = (byte) ((digest[6] & 0x0f) | 0x80); // version 8: custom
            digest[8] = (byte) ((digest[8] & 0x3f) | 0x80); // IETF variant
            ByteBuffer buffer = ByteBuffer.wrap(digest, 0, 16);
            return new UUID(buffer.getLong(), buffer.getLong());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 unavailable", e);
        }
    }
}
