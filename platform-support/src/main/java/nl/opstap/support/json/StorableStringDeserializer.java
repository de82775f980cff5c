package nl.opstap.support.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import java.io.IOException;

/** Text as the database can keep it: PostgreSQL refuses the NUL character, so the edge refuses it first. */
final class StorableStringDeserializer extends StringDeserializer {

    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (!p.hasToken(JsonToken.VALUE_STRING)) {
            // Numbers, booleans, objects and arrays are not text; the coercion settings decide, and they refuse.
            return (String) ctxt.handleUnexpectedToken(String.class, p);
        }
        String text = p.getText();
        if (text.indexOf('\u0000') >= 0) {
            throw new RejectedValueException(p, "must not contain the NUL character");
        }
        return text;
    }
}
