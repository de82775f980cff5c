package nl.opstap.intake.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import nl.opstap.intake.config.BsnConfig;
import nl.opstap.intake.domain.Bsn;

/**
 * Keeps the BSN unreadable at rest: AES-GCM encryption under a named key (rotatable: each ciphertext
 * names its key) and a keyed hash to find a client by BSN without decrypting anything.
 */
@ApplicationScoped
public class BsnVault {

    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecureRandom random = new SecureRandom();
    private final Map<String, SecretKey> keys = new HashMap<>();
    private final String activeKeyId;
    private final SecretKeySpec hashKey;

    BsnVault(BsnConfig config) {
        config.keys().forEach((id, base64) -> keys.put(id, aesKey(id, base64)));
        if (!keys.containsKey(config.activeKey())) {
            throw new IllegalStateException("Active BSN key '" + config.activeKey() + "' is not among the configured keys");
        }
        this.activeKeyId = config.activeKey();
        this.hashKey = new SecretKeySpec(Base64.getDecoder().decode(config.hashKey()), "HmacSHA256");
    }

    public String hash(Bsn bsn) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(hashKey);
            return HexFormat.of().formatHex(mac.doFinal(bsn.digits().getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("BSN hashing failed", e);
        }
    }

    public String encrypt(Bsn bsn) {
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.get(activeKeyId), new GCMParameterSpec(TAG_BITS, iv));
            byte[] sealed = cipher.doFinal(bsn.digits().getBytes(StandardCharsets.US_ASCII));
            byte[] out = ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array();
            return activeKeyId + ":" + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("BSN encryption failed", e);
        }
    }

    public Bsn decrypt(String stored) {
        int colon = stored.indexOf(':');
        SecretKey key = colon < 0 ? null : keys.get(stored.substring(0, colon));
        if (key == null) {
            throw new IllegalStateException("BSN ciphertext under an unknown key");
        }
        try {
            byte[] in = Base64.getDecoder().decode(stored.substring(colon + 1));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, IV_BYTES));
            return Bsn.of(new String(cipher.doFinal(in, IV_BYTES, in.length - IV_BYTES), StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("BSN decryption failed", e);
        }
    }

    /** The prefix of ciphertexts made with the active key; anything else is due for re-encryption. */
    public String activeKeyPrefix() {
        return activeKeyId + ":";
    }

    private static SecretKey aesKey(String id, String base64) {
        byte[] bytes = Base64.getDecoder().decode(base64);
        if (bytes.length != 32) {
            throw new IllegalStateException("BSN key '" + id + "' must be 32 bytes (AES-256), is " + bytes.length);
        }
        return new SecretKeySpec(bytes, "AES");
    }
}
