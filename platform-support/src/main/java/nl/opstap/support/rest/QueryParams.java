package nl.opstap.support.rest;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;
import nl.opstap.support.json.RequestLimits;
import nl.opstap.support.problem.ProblemException;

/**
 * Parses optional query parameters by hand. JAX-RS answers a query parameter it cannot convert with 404;
 * a client that typed a wrong filter value deserves 400 with the parameter named.
 */
public final class QueryParams {

    private QueryParams() {
    }

    public static <E extends Enum<E>> E enumValue(Class<E> type, String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(name, "must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    public static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return RequestLimits.date(value).orElseThrow(() -> ProblemException.invalid(name, RequestLimits.DATE_EXPECTED));
    }

    /** A whole number within bounds; absent means {@code fallback}. */
    public static int integer(String name, String value, int min, int max, int fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        String digits = value.strip();
        String expected = "must be a whole number from " + min + " to " + max;
        if (!digits.matches("-?[0-9]{1,18}")) {
            throw ProblemException.invalid(name, expected);
        }
        long number = Long.parseLong(digits);
        if (number < min || number > max) {
            throw ProblemException.invalid(name, expected);
        }
        return (int) number;
    }

    public static UUID uuid(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(name, "must be a UUID");
        }
    }
}
