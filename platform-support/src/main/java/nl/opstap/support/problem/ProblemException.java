package nl.opstap.support.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.validation.ConstraintViolation;
import jakarta.ws.rs.core.Response;
import nl.opstap.support.domain.DomainException;
import nl.opstap.support.domain.InvalidTransitionException;
import nl.opstap.support.domain.NotFoundException;
import nl.opstap.support.json.RejectedValueException;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * A domain or request error with a known problem type. Messages must not carry personal data:
 * they are returned to the caller.
 */
public class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final List<Problem.Violation> violations;

    public ProblemException(ProblemType type, String detail) {
        this(type, detail, List.of());
    }

    public ProblemException(ProblemType type, String detail, List<Problem.Violation> violations) {
        super(detail);
        this.type = type;
        this.violations = List.copyOf(violations);
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(ProblemType.NOT_FOUND, what + " " + id + " not found");
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(ProblemType.CONFLICT, detail);
    }

    public static ProblemException invalid(String field, String message) {
        return new ProblemException(ProblemType.VALIDATION, null, List.of(new Problem.Violation(field, message)));
    }

    /** Bean Validation results as a validation problem, for input checked by hand (e.g. items of a batch). */
    public static ProblemException fromViolations(Set<? extends ConstraintViolation<?>> violations) {
        List<Problem.Violation> fields = violations.stream()
                .map(v -> new Problem.Violation(ConstraintViolations.fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.Violation::field))
                .toList();
        return new ProblemException(ProblemType.VALIDATION, null, fields);
    }

    /** A domain error as the edge answers it: not found 404, invalid transition 409, rule violated 422. */
    public static ProblemException from(DomainException e) {
        ProblemType type;
        if (e instanceof NotFoundException) {
            type = ProblemType.NOT_FOUND;
        } else if (e instanceof InvalidTransitionException) {
            type = ProblemType.CONFLICT;
        } else {
            type = ProblemType.BUSINESS_RULE;
        }
        return new ProblemException(type, e.getMessage());
    }

    /** A JSON value that could not be read, explained as the edge explains an unreadable body. */
    public static ProblemException unreadable(JsonProcessingException e) {
        ProblemType type = e instanceof RejectedValueException ? ProblemType.VALIDATION : ProblemType.MALFORMED_REQUEST;
        return new ProblemException(type, null, JsonProblems.violations(e));
    }

    /** The problem+json response this exception is answered with. */
    public Response toResponse(String instance) {
        return Response.status(type.status()).type(Problem.MEDIA_TYPE).entity(toProblem(instance)).build();
    }

    /** The problem body this exception is answered with. */
    public Problem toProblem(String instance) {
        return Problem.of(type, getMessage(), instance, violations);
    }

    public ProblemType type() {
        return type;
    }

    public List<Problem.Violation> violations() {
        return violations;
    }
}
