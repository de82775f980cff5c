package nl.opstap.support.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Map;
import nl.opstap.support.problem.Problem;
import nl.opstap.support.problem.ProblemType;

/**
 * The first look at every request, before routing and authentication: a URI, headers or a declared body
 * beyond what any endpoint accepts, and text PostgreSQL cannot store (NUL) in the path or query, are
 * answered here as problem+json. The HTTP server's own limits (application properties
 * {@code quarkus.http.limits.*}) sit well above these, so that clients get a readable answer and not the
 * server's empty one.
 */
@ApplicationScoped
public class HttpEdge {

    public static final int MAX_URI_LENGTH = 8 * 1024;
    public static final int MAX_HEADERS_BYTES = 16 * 1024;
    /** The largest body any endpoint accepts; most accept far less ({@link BodyLimit}). */
    public static final long MAX_BODY_BYTES = 1024 * 1024;

    private final ObjectMapper json;

    HttpEdge(ObjectMapper json) {
        this.json = json;
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::check);
    }

    private void check(RoutingContext context) {
        String uri = context.request().uri();
        if (uri.length() > MAX_URI_LENGTH) {
            reject(context, ProblemType.URI_TOO_LONG, "The URI is " + uri.length() + " characters; at most " + MAX_URI_LENGTH
                    + " are accepted. Send fewer or shorter query parameters.", List.of());
            return;
        }
        long headerBytes = 0;
        for (Map.Entry<String, String> header : context.request().headers()) {
            headerBytes += header.getKey().length() + header.getValue().length() + 4;
        }
        if (headerBytes > MAX_HEADERS_BYTES) {
            reject(context, ProblemType.HEADERS_TOO_LARGE, "The request headers take " + headerBytes + " bytes; at most "
                    + MAX_HEADERS_BYTES + " are accepted.", List.of());
            return;
        }
        String declaredLength = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (declaredLength != null && exceeds(declaredLength, MAX_BODY_BYTES)) {
            reject(context, ProblemType.PAYLOAD_TOO_LARGE, tooLarge(MAX_BODY_BYTES), List.of());
            return;
        }
        String path = context.request().path();
        if (path != null && path.toLowerCase().contains("%00")) {
            reject(context, ProblemType.VALIDATION, "The path contains the NUL character.",
                    List.of(new Problem.Violation("path", "must not contain the NUL character")));
            return;
        }
        List<Map.Entry<String, String>> query;
        try {
            query = context.queryParams().entries();
        } catch (RuntimeException e) {
            // Vert.x signals an undecodable query string with an HttpException(400) around the decoder's error.
            reject(context, ProblemType.VALIDATION, "The query string is not valid percent-encoding.",
                    List.of(new Problem.Violation("query", "is not valid percent-encoding")));
            return;
        }
        for (Map.Entry<String, String> parameter : query) {
            if (parameter.getKey().indexOf('\u0000') >= 0 || parameter.getValue().indexOf('\u0000') >= 0) {
                String name = parameter.getKey().replace("\u0000", "");
                reject(context, ProblemType.VALIDATION, "Query parameter " + name + " contains the NUL character.",
                        List.of(new Problem.Violation(name, "must not contain the NUL character")));
                return;
            }
        }
        context.next();
    }

    static String tooLarge(long limitBytes) {
        return "The request body is larger than the " + (limitBytes / 1024) + " KB this endpoint accepts.";
    }

    static boolean exceeds(String declaredLength, long limit) {
        String digits = declaredLength.strip();
        return !digits.matches("[0-9]{1,18}") || Long.parseLong(digits) > limit;
    }

    private void reject(RoutingContext context, ProblemType type, String detail, List<Problem.Violation> violations) {
        String instance = type == ProblemType.URI_TOO_LONG || violations.stream().anyMatch(v -> v.field().equals("path"))
                ? null : context.request().path();
        Problem problem = Problem.of(type, detail, instance, violations);
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            body = "{\"status\":" + type.status() + "}";
        }
        var response = context.response().setStatusCode(type.status()).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE);
        if (type.status() != 400) {
            // The rest of an oversized request is not read; the connection cannot be reused.
            response.putHeader(HttpHeaders.CONNECTION, "close");
        }
        response.end(body);
    }
}
