package nl.opstap.support.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem detail; {@code type} is stable and documented, {@code detail} is for humans. */
@Schema(name = "Problem", description = "RFC 9457 problem details (application/problem+json)")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
        @Schema(description = "Stable URI identifying the kind of problem", example = "https://opstap.nl/problems/validation")
        URI type,
        @Schema(example = "Request is not valid")
        String title,
        @Schema(example = "400")
        int status,
        @Schema(description = "Explanation for this occurrence; never contains personal data")
        String detail,
        @Schema(description = "The request path")
        String instance,
        @Schema(description = "One entry per invalid field")
        List<Violation> violations) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One invalid input: {@code field} is the JSON path as the client sent it, e.g. {@code items[2].bsn}. */
    @Schema(name = "Violation")
    public record Violation(String field, String message) {
    }
}
