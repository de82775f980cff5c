package nl.opstap.intake.domain;

/** A BSN's keyed lookup hash (HMAC-SHA256, hex) and the id of the key it was made with; never the BSN itself. */
public record BsnLookupHash(String keyId, String value) {
}
