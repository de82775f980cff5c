package nl.opstap.events;

import java.math.BigDecimal;
import java.util.UUID;
import nl.opstap.events.vocabulary.ManualCreditKind;

/**
 * Social-return credit for an employer from a manual ledger entry (purchases, work-experience places, training) that a
 * second person approved. Kept apart from {@link SroiCredited}, whose every credit comes from a verified placement of
 * one client; the evidence reference and the people involved stay in employer-service's ledger.
 *
 * @param period      the credited month, ISO {@code yyyy-MM}
 * @param quantity    purchase cents, months or courses, by kind
 * @param amountEur   the credit in euros, exactly {@code amountCents} / 100
 */
public record SroiManuallyCredited(
        UUID creditId,
        UUID employerId,
        UUID contractId,
        ManualCreditKind kind,
        long quantity,
        String period,
        BigDecimal amountEur,
        long amountCents,
        String rulesetCode) implements EventPayload {

    @Override
    public EventType eventType() {
        return EventType.SROI_MANUALLY_CREDITED;
    }
}
