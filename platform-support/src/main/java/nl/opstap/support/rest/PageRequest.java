package nl.opstap.support.rest;

import jakarta.ws.rs.QueryParam;
import nl.opstap.support.problem.ProblemException;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The page a list endpoint is asked for ({@code @BeanParam}). Read as text and parsed here, because JAX-RS
 * answers an unparseable number with 404; here it is 400 naming the parameter. Deep pages are bounded:
 * offsets beyond {@link #MAX_REACH} items cost the database a scan and no person reads that far.
 */
public class PageRequest {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 200;
    public static final long MAX_REACH = 1_000_000;

    @QueryParam("page")
    @Parameter(description = "Page number, counting from 0; page × size may reach at most the first 1,000,000 items",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "0", maximum = "999999", defaultValue = "0"))
    String page;

    @QueryParam("size")
    @Parameter(description = "Items per page", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200", defaultValue = "20"))
    String size;

    public PageRequest() {
    }

    /** The page number, from 0. */
    public int index() {
        long index = QueryParams.integer("page", page, 0, (int) MAX_REACH - 1, 0);
        int size = size();
        if ((index + 1) * size > MAX_REACH) {
            throw ProblemException.invalid("page", "page × size must stay within the first " + MAX_REACH
                    + " items; narrow the filter instead");
        }
        return (int) index;
    }

    public int size() {
        return QueryParams.integer("size", size, 1, MAX_SIZE, DEFAULT_SIZE);
    }
}
