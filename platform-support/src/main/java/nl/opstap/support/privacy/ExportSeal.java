package nl.opstap.support.privacy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PSource;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals a service's export part for intake-service, so the completion topic never holds personal data readable: the
 * part is gzipped and encrypted with a fresh AES-256-GCM key, and that key with the request's RSA public key
 * (OAEP, SHA-256). Layout, base64: 2-byte length of the wrapped key, wrapped key, 12-byte IV, ciphertext and tag.
 * Once intake-service deletes the request's private key, every copy of the part on the topic is unreadable.
 */
public final class ExportSeal {

    private static final int RSA_BITS = 3072;
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final OAEPParameterSpec OAEP = new OAEPParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256,
            PSource.PSpecified.DEFAULT);
    private static final SecureRandom RANDOM = new SecureRandom();

    private ExportSeal() {
    }

    /** A fresh key pair for one export request. */
    public static KeyPair newKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(RSA_BITS, RANDOM);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA is not available", e);
        }
    }

    public static String encode(PublicKey key) {
        return Base64.getEncoder().encodeToString(key.getEncoded());
    }

    public static String encode(PrivateKey key) {
        return Base64.getEncoder().encodeToString(key.getEncoded());
    }

    public static PrivateKey privateKey(String base64) {
        try {
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("Not an RSA private key", e);
        }
    }

    /** Seals {@code plain} for the holder of the private key matching {@code publicKeyBase64}. */
    public static String seal(String publicKeyBase64, byte[] plain) {
        try {
            PublicKey publicKey = KeyFactory.getInstance("RSA")
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(publicKeyBase64)));
            KeyGenerator aes = KeyGenerator.getInstance("AES");
            aes.init(256, RANDOM);
            SecretKey contentKey = aes.generateKey();
            Cipher wrap = Cipher.getInstance("RSA/ECB/OAEPPadding");
            wrap.init(Cipher.ENCRYPT_MODE, publicKey, OAEP);
            byte[] wrapped = wrap.doFinal(contentKey.getEncoded());
            byte[] iv = new byte[IV_BYTES];
            RANDOM.nextBytes(iv);
            Cipher content = Cipher.getInstance("AES/GCM/NoPadding");
            content.init(Cipher.ENCRYPT_MODE, contentKey, new GCMParameterSpec(TAG_BITS, iv));
            byte[] sealed = content.doFinal(gzip(plain));
            ByteBuffer out = ByteBuffer.allocate(2 + wrapped.length + IV_BYTES + sealed.length);
            out.putShort((short) wrapped.length).put(wrapped).put(iv).put(sealed);
            return Base64.getEncoder().encodeToString(out.array());
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("The export key of the request is not a usable RSA public key", e);
        }
    }

    /** Opens what {@link #seal} made; fails if it was sealed for another key or changed on the way. */
    public static byte[] open(PrivateKey privateKey, String sealedBase64) {
        try {
            ByteBuffer in = ByteBuffer.wrap(Base64.getDecoder().decode(sealedBase64));
            byte[] wrapped = new byte[in.getShort()];
            in.get(wrapped);
            byte[] iv = new byte[IV_BYTES];
            in.get(iv);
            byte[] sealed = new byte[in.remaining()];
            in.get(sealed);
            Cipher unwrap = Cipher.getInstance("RSA/ECB/OAEPPadding");
            unwrap.init(Cipher.DECRYPT_MODE, privateKey, OAEP);
            SecretKey contentKey = new SecretKeySpec(unwrap.doFinal(wrapped), "AES");
            Cipher content = Cipher.getInstance("AES/GCM/NoPadding");
            content.init(Cipher.DECRYPT_MODE, contentKey, new GCMParameterSpec(TAG_BITS, iv));
            return gunzip(content.doFinal(sealed));
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new IllegalArgumentException("The export part cannot be opened with this request's key", e);
        }
    }

    private static byte[] gzip(byte[] plain) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(plain);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] gunzip(byte[] zipped) {
        try (GZIPInputStream zip = new GZIPInputStream(new ByteArrayInputStream(zipped))) {
            return zip.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
