package nl.opstap.reporting.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import nl.opstap.events.vocabulary.PriceUnit;

/**
 * What the KPIs need of a programme, as its latest published version says.
 *
 * @param priceCents the price in euro cents per {@code priceUnit}; null when the programme has none
 */
public record ProgrammeFact(int maxDurationMonths, Long priceCents, PriceUnit priceUnit) {

    /** The price of one trajectory from start to end: the price, or the price for each month begun. Null without a price. */
    public Long costCents(LocalDate startedOn, LocalDate endedOn) {
        if (priceCents == null) {
            return null;
        }
        return priceUnit == PriceUnit.PER_MONTH ? priceCents * monthsBegun(startedOn, endedOn) : priceCents;
    }

    /** Months from start to end where a begun month counts: 10 January to 9 April is 3, to 10 April 3, to 11 April 4. */
    static long monthsBegun(LocalDate startedOn, LocalDate endedOn) {
        long whole = ChronoUnit.MONTHS.between(startedOn, endedOn);
        return Math.max(1, startedOn.plusMonths(whole).isBefore(endedOn) ? whole + 1 : whole);
    }
}
