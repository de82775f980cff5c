package nl.opstap.support.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** A calendar date written as {@code yyyy-MM-dd}, within {@link RequestLimits}; nothing else is a date. */
final class BoundedDateDeserializer extends StdScalarDeserializer<LocalDate> {

    static final String EXPECTED = "must be a date as yyyy-MM-dd between " + RequestLimits.EARLIEST_DATE + " and " + RequestLimits.LATEST_DATE;

    BoundedDateDeserializer() {
        super(LocalDate.class);
    }

    @Override
    public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (!p.hasToken(JsonToken.VALUE_STRING)) {
            throw new RejectedValueException(p, EXPECTED);
        }
        String text = p.getText().strip();
        if (text.isEmpty()) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new RejectedValueException(p, EXPECTED);
        }
        if (date.isBefore(RequestLimits.EARLIEST_DATE) || date.isAfter(RequestLimits.LATEST_DATE)) {
            throw new RejectedValueException(p, EXPECTED);
        }
        return date;
    }
}
