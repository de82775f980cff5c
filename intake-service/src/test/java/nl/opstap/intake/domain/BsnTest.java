package nl.opstap.intake.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class BsnTest {

    @ParameterizedTest
    @ValueSource(strings = {"111222333", "123456782", "999999990"})
    void passesTheElevenTest(String bsn) {
        assertTrue(Bsn.isValid(bsn));
        assertEquals(bsn, Bsn.of(bsn).digits());
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"000000000", "123456789", "111222334", "12345678", "1234567890", "12345678a", " 11222333", "-11222333"})
    void failsTheElevenTest(String bsn) {
        assertFalse(Bsn.isValid(bsn));
    }

    @ParameterizedTest
    @ValueSource(strings = {"111222333"})
    void neverShowsItself(String bsn) {
        assertFalse(Bsn.of(bsn).toString().contains(bsn));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Bsn.of("123456789"));
        assertFalse(e.getMessage().contains("123456789"));
    }
}
