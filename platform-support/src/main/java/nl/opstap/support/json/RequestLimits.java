package nl.opstap.support.json;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The limits every request body is read within, in one place so that the API description, the JSON reader
 * and the event schemas agree. Fields have tighter limits of their own ({@code @Size} on the request records).
 */
public final class RequestLimits {

    /** Dates before this are typing mistakes, not facts about a client or a trajectory. */
    public static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 1, 1);
    /** Far enough for any end date a programme can plan; the event schemas' dates are four-digit years too. */
    public static final LocalDate LATEST_DATE = LocalDate.of(2199, 12, 31);

    /** Elements in any JSON array or entries in any object read as a map, whatever the field allows. */
    public static final int MAX_CONTAINER_SIZE = 1000;
    public static final int MAX_NESTING_DEPTH = 32;
    public static final int MAX_STRING_LENGTH = 100_000;
    public static final int MAX_NAME_LENGTH = 200;
    public static final int MAX_NUMBER_LENGTH = 40;

    /** What a caller is told when a date is not one of ours. */
    public static final String DATE_EXPECTED = "must be a date as yyyy-MM-dd between " + EARLIEST_DATE + " and " + LATEST_DATE;

    private RequestLimits() {
    }

    /** A date as the edge accepts it, in bodies and queries alike: {@code yyyy-MM-dd} within the range; else empty. */
    public static Optional<LocalDate> date(String text) {
        try {
            LocalDate date = LocalDate.parse(text.strip());
            return date.isBefore(EARLIEST_DATE) || date.isAfter(LATEST_DATE) ? Optional.empty() : Optional.of(date);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
