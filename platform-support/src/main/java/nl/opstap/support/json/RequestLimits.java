package nl.opstap.support.json;

import java.time.LocalDate;

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

    private RequestLimits() {
    }
}
