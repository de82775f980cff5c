package nl.opstap.intake.config;

import io.smallrye.config.ConfigMapping;
import java.util.Map;

@ConfigMapping(prefix = "opstap.intake.bsn")
public interface BsnConfig {

    /** Id of the key new ciphertexts are made with; must be one of {@link #keys()}. */
    String activeKey();

    /** AES-256 keys by id, base64. Old keys stay until every ciphertext under them is re-encrypted. */
    Map<String, String> keys();

    /** HMAC-SHA256 key, base64, for the lookup hash. */
    String hashKey();
}
