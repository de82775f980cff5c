package nl.opstap.reporting.domain;

import java.time.LocalDate;
import java.util.UUID;

/** A client admitted to a programme after intake (instroom). */
public record AdmissionFact(UUID referralId, UUID clientId, String municipalityCode, UUID programmeId, LocalDate admittedOn,
        String postcodeArea) {
}
