package nl.opstap.events;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * A month of social-return credit for an employer from a verified placement.
 *
 * @param period the credited month, ISO {@code yyyy-MM}
 */
public record SroiCredited(
        UUID creditId,
        UUID employerId,
        UUID contractId,
        UUID placementId,
        UUID clientId,
        String period,
        BigDecimal amountEur,
        String rulesetCode) implements EventPayload {

    @Override
    public EventType eventType() {
        return EventType.SROI_CREDITED;
    }
}
