package nl.opstap.intake.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import nl.opstap.intake.domain.ProgrammeMismatchException;
import nl.opstap.support.problem.Problem;
import nl.opstap.support.problem.ProblemException;
import nl.opstap.support.problem.ProblemType;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The intake's own domain error at the edge: a failed programme fit names each unmet criterion. */
public class IntakeProblemMappers {

    @ServerExceptionMapper
    public Response programmeMismatch(ProgrammeMismatchException e, UriInfo uri) {
        List<Problem.Violation> unmet = e.unmet().stream()
                .map(c -> new Problem.Violation("criteria." + c.code(), c.explanation()))
                .toList();
        return new ProblemException(ProblemType.BUSINESS_RULE, e.getMessage(), unmet).toResponse(uri.getPath());
    }
}
