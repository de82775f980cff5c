package nl.opstap.support.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.util.List;
import java.util.stream.Collectors;
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
        @Schema(description = "Explanation for this occurrence; summarises the violations; never contains personal data")
        String detail,
        @Schema(description = "The request path")
        String instance,
        @Schema(description = "One entry per invalid field, at most " + Problem.MAX_VIOLATIONS + "; detail says how many more there were",
                maxItems = Problem.MAX_VIOLATIONS)
        List<Violation> violations) {

    public static final String MEDIA_TYPE = "application/problem+json";
    /** Error bodies stay small whatever the request: a body with 10,000 mistakes gets the first few named. */
    public static final int MAX_VIOLATIONS = 20;
    private static final int MAX_TEXT = 300;
    private static final int SUMMARISED = 3;

    /**
     * A problem whose violations are capped and whose detail, when not given, summarises them, so that the
     * detail says what is wrong rather than repeating the title.
     */
    public static Problem of(ProblemType type, String detail, String instance, List<Violation> violations) {
        List<Violation> shown = violations.stream().limit(MAX_VIOLATIONS)
                .map(v -> new Violation(clip(v.field()), clip(v.message())))
                .toList();
        String explanation = detail == null || detail.isBlank() || detail.equals(type.title()) ? summary(type, violations) : detail;
        return new Problem(type.uri(), type.title(), type.status(), clip(explanation), instance, shown);
    }

    private static String summary(ProblemType type, List<Violation> violations) {
        if (violations.isEmpty()) {
            return type.title();
        }
        String listed = violations.stream().limit(SUMMARISED)
                .map(v -> v.field() == null || v.field().isEmpty() ? v.message() : v.field() + " " + v.message())
                .collect(Collectors.joining("; "));
        int more = violations.size() - SUMMARISED;
        return (violations.size() == 1 ? "1 field is not valid: " : violations.size() + " fields are not valid: ") + listed
                + (more > 0 ? "; and " + more + " more" : "");
    }

    private static String clip(String text) {
        return text == null || text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT) + "…";
    }

    /** One invalid input: {@code field} is the JSON path as the client sent it, e.g. {@code items[2].bsn}. */
    @Schema(name = "Violation")
    public record Violation(String field, String message) {
    }
}
