package nl.opstap.reporting.domain;

import java.time.LocalDate;
import java.util.UUID;

/** A referral (aanmelding) received from a municipality. */
public record ReferralFact(UUID referralId, UUID clientId, String municipalityCode, UUID indicatedProgrammeId, LocalDate receivedOn) {
}
