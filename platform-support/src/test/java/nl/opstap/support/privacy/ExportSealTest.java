package nl.opstap.support.privacy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class ExportSealTest {

    private static final KeyPair KEYS = ExportSeal.newKeyPair();
    private static final byte[] PART = "{\"client\":[{\"bsn\":\"123456782\",\"notes\":\"Rugklachten\"}]}".getBytes(StandardCharsets.UTF_8);

    @Test
    void onlyThePrivateKeyOfTheRequestOpensAPart() {
        String sealed = ExportSeal.seal(ExportSeal.encode(KEYS.getPublic()), PART);
        assertFalse(new String(Base64.getDecoder().decode(sealed), StandardCharsets.ISO_8859_1).contains("123456782"));
        assertArrayEquals(PART, ExportSeal.open(ExportSeal.privateKey(ExportSeal.encode(KEYS.getPrivate())), sealed));

        KeyPair other = ExportSeal.newKeyPair();
        assertThrows(IllegalArgumentException.class, () -> ExportSeal.open(other.getPrivate(), sealed));
    }

    @Test
    void aChangedPartDoesNotOpen() {
        byte[] sealed = Base64.getDecoder().decode(ExportSeal.seal(ExportSeal.encode(KEYS.getPublic()), PART));
        sealed[sealed.length - 20] ^= 1;
        String tampered = Base64.getEncoder().encodeToString(sealed);
        assertThrows(IllegalArgumentException.class, () -> ExportSeal.open(KEYS.getPrivate(), tampered));
    }

    @Test
    void aKeyThatIsNoRsaPublicKeyIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> ExportSeal.seal(Base64.getEncoder().encodeToString(new byte[40]), PART));
    }
}
