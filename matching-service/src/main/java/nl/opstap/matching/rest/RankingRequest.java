package nl.opstap.matching.rest;

import jakarta.ws.rs.QueryParam;
import nl.opstap.support.rest.QueryParams;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** How long a ranking to return; parsed by hand so a bad value is a 400 naming the parameter, not a 404. */
public class RankingRequest {

    static final int MAX_MATCHES = 100;
    static final int MAX_NEAR_MISSES = 20;

    @QueryParam("limit")
    @Parameter(description = "How many matches, 1-100 (default 20)",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20"))
    String limit;

    @QueryParam("nearMisses")
    @Parameter(description = "How many near misses, 0-20 (default 5)",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "0", maximum = "20", defaultValue = "5"))
    String nearMisses;

    int limit() {
        return QueryParams.integer("limit", limit, 1, MAX_MATCHES, 20);
    }

    int nearMisses() {
        return QueryParams.integer("nearMisses", nearMisses, 0, MAX_NEAR_MISSES, 5);
    }
}
