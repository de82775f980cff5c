package nl.opstap.support.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import nl.opstap.support.problem.Problem;
import nl.opstap.support.rest.BodyLimit;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents the error responses every Opstap operation can give, in one place instead of on every resource:
 * 400 where there is input, 401 and 403 where a role is required, 404 where the path names a resource,
 * 413 where there is a body, 500 everywhere; all {@code application/problem+json}. Responses a resource
 * documents itself are kept; one it documents without a description (OpenAPI requires one) gets the status's
 * reason phrase, e.g. "Created".
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ProblemResponsesFilter implements OASFilter {

    private static final String PROBLEM_REF = "#/components/schemas/Problem";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        ensureProblemSchema(openAPI);
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().values().forEach(operation -> {
            if (path.startsWith("/q/")) {
                return;
            }
            boolean hasInput = operation.getRequestBody() != null
                    || (operation.getParameters() != null && !operation.getParameters().isEmpty());
            boolean secured = operation.getSecurity() != null && !operation.getSecurity().isEmpty();
            if (hasInput) {
                add(operation, "400", "Invalid input; each invalid field is named in violations");
            }
            if (operation.getRequestBody() != null) {
                add(operation, "413", "Request body larger than this endpoint accepts (" + BodyLimit.DEFAULT_KB
                        + " KB unless its description says otherwise)");
            }
            if (secured) {
                add(operation, "401", "No valid bearer token");
                add(operation, "403", "The caller's role does not allow this");
            }
            if (path.contains("{")) {
                add(operation, "404", "Not found, or not in the caller's organisation");
            }
            add(operation, "500", "Unexpected error; the body carries an error id to quote");
            describeUndescribed(operation);
        }));
    }

    private static void describeUndescribed(Operation operation) {
        operation.getResponses().getAPIResponses().forEach((status, response) -> {
            if (response.getRef() == null && (response.getDescription() == null || response.getDescription().isBlank())) {
                response.setDescription(reasonPhrase(status));
            }
        });
    }

    private static String reasonPhrase(String status) {
        try {
            Response.Status known = Response.Status.fromStatusCode(Integer.parseInt(status));
            return known != null ? known.getReasonPhrase() : "Status " + status;
        } catch (NumberFormatException e) {
            return "Any other status";
        }
    }

    private static void add(Operation operation, String status, String description) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        if (responses.hasAPIResponse(status)) {
            return;
        }
        APIResponse response = OASFactory.createAPIResponse()
                .description(description)
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF))));
        responses.addAPIResponse(status, response);
    }

    /** The Problem schema, described once, for services whose resources never mention it themselves. */
    private static void ensureProblemSchema(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        if (schemas != null && schemas.containsKey("Problem")) {
            return;
        }
        Schema violation = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .addProperty("field", OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                .addProperty("message", OASFactory.createSchema().addType(Schema.SchemaType.STRING));
        Schema problem = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem details (application/problem+json)")
                .addProperty("type", OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("uri"))
                .addProperty("title", OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER))
                .addProperty("detail", OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                .addProperty("instance", OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                .addProperty("violations", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).items(violation));
        openAPI.getComponents().addSchema("Problem", problem);
    }
}
