package nl.opstap.events;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * A month of social-return credit for an employer from a verified placement.
 *
 * @param period      the credited month, ISO {@code yyyy-MM}
 * @param amountEur   the credit in euros, exactly {@code amountCents} / 100
 * @param amountCents the credit in whole euro cents, the ledger's own unit; absent from events before it was added
 */
public record SroiCredited(
        UUID creditId,
        UUID employerId,
        UUID contractId,
        UUID placementId,
        UUID clientId,
        String period,
        BigDecimal amountEur,
        String rulesetCode,
        Long amountCents) implements EventPayload {

    @Override
    public EventType eventType() {
        return EventType.SROI_CREDITED;
    }
}
