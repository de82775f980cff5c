package nl.opstap.intake.config;

import io.smallrye.config.ConfigMapping;
import java.util.Map;

@ConfigMapping(prefix = "opstap.intake.bsn")
public interface BsnConfig {

    /** Id of the key new ciphertexts are made with; must be one of {@link #keys()}. */
    String activeKey();

    /** AES-256 keys by id, base64. Old keys stay until every ciphertext under them is re-encrypted. */
    Map<String, String> keys();

    /** Id of the HMAC key new lookup hashes are made with; must be one of {@link #hashKeys()}. */
    String activeHashKey();

    /**
     * HMAC-SHA256 keys by id, base64, for the lookup hash. A client is looked up under every key, so an old key stays
     * until every hash under it is made again with the active one ({@code POST /admin/bsn-key-rotation}).
     */
    Map<String, String> hashKeys();
}
