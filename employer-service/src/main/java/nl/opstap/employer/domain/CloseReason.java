package nl.opstap.employer.domain;

/** Why a vacancy closed; {@code EXPIRED} is set by the daily sweep only. */
public enum CloseReason {
    FILLED,
    WITHDRAWN,
    EXPIRED
}
