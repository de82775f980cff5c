package nl.opstap.support.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * A {@code oneOf} with a discriminator only works for generated clients when every sub-schema lists the
 * discriminator property itself, as required, with the value that selects it. Jackson consumes that
 * property, so the records do not declare it; this adds it to each mapped sub-schema.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class DiscriminatorFilter implements OASFilter {

    private static final String SCHEMA_REF_PREFIX = "#/components/schemas/";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        for (Schema schema : new ArrayList<>(schemas.values())) {
            if (schema.getDiscriminator() == null || schema.getDiscriminator().getMapping() == null) {
                continue;
            }
            String property = schema.getDiscriminator().getPropertyName();
            schema.getDiscriminator().getMapping().forEach((value, ref) -> {
                Schema target = ref.startsWith(SCHEMA_REF_PREFIX) ? schemas.get(ref.substring(SCHEMA_REF_PREFIX.length())) : null;
                if (target == null) {
                    return;
                }
                target.addProperty(property, OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .enumeration(List.of(value)).description("Selects this shape; always " + value));
                List<String> required = target.getRequired() == null ? new ArrayList<>() : new ArrayList<>(target.getRequired());
                if (!required.contains(property)) {
                    required.add(0, property);
                    target.setRequired(required);
                }
            });
        }
    }
}
