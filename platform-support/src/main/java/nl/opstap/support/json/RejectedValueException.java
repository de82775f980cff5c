package nl.opstap.support.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;

/**
 * A JSON value that is well-formed but not acceptable here; the reason is written for the caller and never
 * quotes the value (it may be a BSN). Jackson adds the field path on the way up.
 */
public class RejectedValueException extends JsonMappingException {

    public RejectedValueException(JsonParser parser, String reason) {
        super(parser, reason);
    }

    /** What the caller did wrong, e.g. "must not contain the NUL character". */
    public String reason() {
        return getOriginalMessage();
    }
}
