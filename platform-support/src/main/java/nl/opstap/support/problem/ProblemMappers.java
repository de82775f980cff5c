package nl.opstap.support.problem;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import nl.opstap.support.domain.DomainException;
import nl.opstap.support.domain.InvalidTransitionException;
import nl.opstap.support.domain.NotFoundException;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every failure into {@code application/problem+json}. Client mistakes get 4xx with the field named;
 * anything unexpected gets a bare 500 with an error id, never a stack trace or the input echoed back
 * (it may contain a BSN).
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return Response.status(e.type().status()).type(Problem.MEDIA_TYPE).entity(e.toProblem(uri.getPath())).build();
    }

    /** Domain errors raised below rest/: one mapping for every service. */
    @ServerExceptionMapper
    public Response domain(DomainException e, UriInfo uri) {
        ProblemType type;
        if (e instanceof NotFoundException) {
            type = ProblemType.NOT_FOUND;
        } else if (e instanceof InvalidTransitionException) {
            type = ProblemType.CONFLICT;
        } else {
            type = ProblemType.BUSINESS_RULE;
        }
        return respond(type, e.getMessage(), uri, List.of());
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        boolean returnValue = e.getConstraintViolations().stream()
                .anyMatch(v -> nodes(v.getPropertyPath()).stream().anyMatch(n -> n.getKind() == ElementKind.RETURN_VALUE));
        if (returnValue) {
            return internal(e, uri);
        }
        return problem(ProblemException.fromViolations(e.getConstraintViolations()), uri);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        return respond(ProblemType.MALFORMED_REQUEST, "Request body cannot be read", uri, jsonViolations(e));
    }

    /** Registered for the exact type because Quarkus ships its own (plain JSON) mapper for it. */
    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException e, UriInfo uri) {
        return unreadableJson(e, uri);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadableJson(json, uri);
        }
        int status = e.getResponse().getStatus();
        ProblemType type = Arrays.stream(ProblemType.values())
                .filter(t -> t.status() == status)
                .findFirst()
                .orElse(status >= 500 ? ProblemType.INTERNAL : ProblemType.VALIDATION);
        if (type == ProblemType.INTERNAL) {
            return internal(e, uri);
        }
        return respond(type, type.title(), uri, List.of());
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthenticated(RuntimeException e, UriInfo uri) {
        return Response.fromResponse(respond(ProblemType.UNAUTHENTICATED, "A valid bearer token is required", uri, List.of()))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(ProblemType.FORBIDDEN, "Your role does not allow this", uri, List.of());
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        return internal(e, uri);
    }

    private static Response internal(Throwable e, UriInfo uri) {
        String errorId = UUID.randomUUID().toString();
        // The exception class and stack only; messages of driver and mapping exceptions can quote input values.
        LOG.errorf("Unexpected error %s on %s: %s", errorId, uri.getPath(), e.getClass().getName());
        LOG.debugf(e, "Stack of error %s", errorId);
        return respond(ProblemType.INTERNAL, "Unexpected error; quote error id " + errorId, uri, List.of());
    }

    static Response respond(ProblemType type, String detail, UriInfo uri, List<Problem.Violation> violations) {
        Problem problem = new Problem(type.uri(), type.title(), type.status(), detail, uri == null ? null : uri.getPath(), violations);
        return Response.status(type.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    /** The JSON path of the invalid input, without the Java method and parameter names. */
    static String fieldOf(ConstraintViolation<?> violation) {
        List<Path.Node> nodes = nodes(violation.getPropertyPath());
        StringBuilder field = new StringBuilder();
        String parameter = null;
        for (Path.Node node : nodes) {
            if (node.getKind() == ElementKind.METHOD) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
                continue;
            }
            if (node.getName() != null && !node.getName().startsWith("<")) {
                if (field.length() > 0) {
                    field.append('.');
                }
                field.append(node.getName());
            }
            if (node.getIndex() != null) {
                field.append('[').append(node.getIndex()).append(']');
            } else if (node.getKey() != null) {
                field.append('[').append(node.getKey()).append(']');
            }
        }
        if (field.length() == 0) {
            return parameter == null ? "" : parameter;
        }
        return field.toString();
    }

    private static List<Path.Node> nodes(Path path) {
        List<Path.Node> nodes = new java.util.ArrayList<>();
        path.forEach(nodes::add);
        return nodes;
    }

    private static String pathOf(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining())
                .replaceFirst("^\\.", "");
    }

    private static List<Problem.Violation> jsonViolations(JsonProcessingException e) {
        if (e instanceof InvalidTypeIdException typeId) {
            // The discriminator is not on the JSON path; its name is on the base type's @JsonTypeInfo.
            JsonTypeInfo info = typeId.getBaseType() == null ? null : typeId.getBaseType().getRawClass().getAnnotation(JsonTypeInfo.class);
            String prefix = pathOf(typeId);
            String property = info == null ? "type" : info.property();
            return List.of(new Problem.Violation(prefix.isEmpty() ? property : prefix + "." + property,
                    "'" + typeId.getTypeId() + "' is not a known type"));
        }
        if (!(e instanceof JsonMappingException mapping) || mapping.getPath().isEmpty()) {
            return List.of(new Problem.Violation("", "Body is not valid JSON"));
        }
        String field = pathOf(mapping);
        String message;
        if (e instanceof InvalidFormatException format && format.getTargetType() != null && format.getTargetType().isEnum()) {
            message = "must be one of " + Arrays.toString(format.getTargetType().getEnumConstants());
        } else if (e instanceof InvalidFormatException format && format.getTargetType() != null) {
            message = "must be a valid " + format.getTargetType().getSimpleName();
        } else if (e instanceof UnrecognizedPropertyException) {
            message = "is not a known field";
        } else {
            message = "has the wrong type or shape";
        }
        return List.of(new Problem.Violation(field, message));
    }
}
