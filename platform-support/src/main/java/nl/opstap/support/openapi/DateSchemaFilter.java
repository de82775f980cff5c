package nl.opstap.support.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.Map;
import nl.opstap.support.json.RequestLimits;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Says once, on the date type every operation refers to, what a date is here: the range the edge accepts
 * and that "today" in any date rule is the calendar date in Amsterdam, whatever the server's time zone.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class DateSchemaFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        Schema date = schemas.get("LocalDate");
        if (date != null) {
            date.description("A calendar date as yyyy-MM-dd, from " + RequestLimits.EARLIEST_DATE + " to " + RequestLimits.LATEST_DATE
                    + ". Where a rule says \"today\" (not in the future, at least 15 years ago, ...) it means today's date in Amsterdam "
                    + "(Europe/Amsterdam).");
        }
    }
}
