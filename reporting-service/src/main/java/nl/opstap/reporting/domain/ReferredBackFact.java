package nl.opstap.reporting.domain;

import java.time.LocalDate;
import java.util.UUID;
import nl.opstap.events.vocabulary.ReferBackReason;

/** A client referred back to the municipality (terugmelding) instead of, or after, admission. */
public record ReferredBackFact(UUID referralId, UUID clientId, String municipalityCode, ReferBackReason reason, LocalDate referredBackOn) {
}
