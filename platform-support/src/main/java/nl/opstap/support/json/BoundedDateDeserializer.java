package nl.opstap.support.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Optional;

/** A calendar date written as {@code yyyy-MM-dd}, within {@link RequestLimits}; nothing else is a date. */
final class BoundedDateDeserializer extends StdScalarDeserializer<LocalDate> {

    BoundedDateDeserializer() {
        super(LocalDate.class);
    }

    @Override
    public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (!p.hasToken(JsonToken.VALUE_STRING)) {
            throw new RejectedValueException(p, RequestLimits.DATE_EXPECTED);
        }
        String text = p.getText().strip();
        if (text.isEmpty()) {
            return null;
        }
        Optional<LocalDate> date = RequestLimits.date(text);
        if (date.isEmpty()) {
            throw new RejectedValueException(p, RequestLimits.DATE_EXPECTED);
        }
        return date.get();
    }
}
