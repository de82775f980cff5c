package nl.opstap.trajectory.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import nl.opstap.support.problem.Problem;
import nl.opstap.support.problem.ProblemException;

/**
 * The answer to a domain error that is a mistake in one field of the request (a date outside the trajectory's period,
 * a phase the programme lacks): 400 naming the field, like Bean Validation's. Only the resource knows the field.
 */
final class FieldProblem {

    private FieldProblem() {
    }

    static Response invalid(String field, String message, UriInfo uri) {
        ProblemException problem = ProblemException.invalid(field, message);
        return Response.status(problem.type().status()).type(Problem.MEDIA_TYPE).entity(problem.toProblem(uri.getPath())).build();
    }
}
