package nl.opstap.intake.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import nl.opstap.intake.config.BsnConfig;
import nl.opstap.intake.domain.Bsn;
import nl.opstap.intake.domain.BsnLookupHash;

/**
 * Keeps the BSN unreadable at rest: AES-GCM encryption under a named key (rotatable: each ciphertext
 * names its key) and a keyed hash under a named HMAC key to find a client by BSN without decrypting anything
 * (rotatable too: a lookup tries every configured hash key).
 */
@ApplicationScoped
public class BsnVault {

    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecureRandom random = new SecureRandom();
    private final Map<String, SecretKey> keys = new HashMap<>();
    private final String activeKeyId;
    private final Map<String, SecretKeySpec> hashKeys = new LinkedHashMap<>();
    private final String activeHashKeyId;

    BsnVault(BsnConfig config) {
        config.keys().forEach((id, base64) -> keys.put(id, aesKey(id, base64)));
        if (!keys.containsKey(config.activeKey())) {
            throw new IllegalStateException("Active BSN key '" + config.activeKey() + "' is not among the configured keys");
        }
        this.activeKeyId = config.activeKey();
        if (!config.hashKeys().containsKey(config.activeHashKey())) {
            throw new IllegalStateException("Active BSN hash key '" + config.activeHashKey() + "' is not among the configured hash keys");
        }
        this.activeHashKeyId = config.activeHashKey();
        // The active key first: a lookup mostly finds a client under it.
        hashKeys.put(activeHashKeyId, hmacKey(config.hashKeys().get(activeHashKeyId)));
        config.hashKeys().forEach((id, base64) -> hashKeys.putIfAbsent(id, hmacKey(base64)));
    }

    /** The hash new and re-hashed clients are stored under. */
    public BsnLookupHash hash(Bsn bsn) {
        return new BsnLookupHash(activeHashKeyId, hash(hashKeys.get(activeHashKeyId), bsn));
    }

    /** The BSN's hash under every configured key: what a lookup searches while a hash key rotates. */
    public List<String> lookupHashes(Bsn bsn) {
        return hashKeys.values().stream().map(key -> hash(key, bsn)).toList();
    }

    public String activeHashKeyId() {
        return activeHashKeyId;
    }

    private static String hash(SecretKeySpec key, Bsn bsn) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(bsn.digits().getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("BSN hashing failed", e);
        }
    }

    public String encrypt(Bsn bsn) {
        return encryptText(bsn.digits());
    }

    public Bsn decrypt(String stored) {
        return Bsn.of(decryptText(stored));
    }

    /**
     * Any other secret of a client's file under the same keys, e.g. the private key of an export request. Such
     * ciphertexts live at most as long as an export (days), so a retired key stays configured that long after rotation.
     */
    public String encryptText(String plain) {
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.get(activeKeyId), new GCMParameterSpec(TAG_BITS, iv));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            byte[] out = ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array();
            return activeKeyId + ":" + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Encryption failed", e);
        }
    }

    public String decryptText(String stored) {
        int colon = stored.indexOf(':');
        SecretKey key = colon < 0 ? null : keys.get(stored.substring(0, colon));
        if (key == null) {
            throw new IllegalStateException("Ciphertext under an unknown key");
        }
        try {
            byte[] in = Base64.getDecoder().decode(stored.substring(colon + 1));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, IV_BYTES));
            return new String(cipher.doFinal(in, IV_BYTES, in.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Decryption failed", e);
        }
    }

    /** The prefix of ciphertexts made with the active key; anything else is due for re-encryption. */
    public String activeKeyPrefix() {
        return activeKeyId + ":";
    }

    private static SecretKeySpec hmacKey(String base64) {
        return new SecretKeySpec(Base64.getDecoder().decode(base64), "HmacSHA256");
    }

    private static SecretKey aesKey(String id, String base64) {
        byte[] bytes = Base64.getDecoder().decode(base64);
        if (bytes.length != 32) {
            throw new IllegalStateException("BSN key '" + id + "' must be 32 bytes (AES-256), is " + bytes.length);
        }
        return new SecretKeySpec(bytes, "AES");
    }
}
