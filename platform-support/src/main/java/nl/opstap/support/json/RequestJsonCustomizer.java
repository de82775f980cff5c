package nl.opstap.support.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.time.LocalDate;

/**
 * Reads request bodies strictly, for every service: what a client sends is either exactly understood or
 * refused with 400 naming the field. No repeated keys, nothing after the value, no unknown fields, no
 * scalar coerced into another type (a BSN sent as a number would lose its leading zero), no text
 * PostgreSQL cannot store, no date outside {@link RequestLimits#EARLIEST_DATE} to
 * {@link RequestLimits#LATEST_DATE}, and no structure big enough to make validation itself the attack.
 */
@Singleton
public class RequestJsonCustomizer implements ObjectMapperCustomizer {

    /** Last, so that these deserializers win over the JSR-310 module Quarkus registers. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(RequestLimits.MAX_NESTING_DEPTH)
                .maxStringLength(RequestLimits.MAX_STRING_LENGTH)
                .maxNameLength(RequestLimits.MAX_NAME_LENGTH)
                .maxNumberLength(RequestLimits.MAX_NUMBER_LENGTH)
                .build());
        mapper.getFactory().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        // Not FAIL_ON_NULL_FOR_PRIMITIVES: it would also refuse an absent primitive, which means its default (0, false).
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS, DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT, DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY);
        mapper.configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, false);
        for (LogicalType type : new LogicalType[] {LogicalType.Textual, LogicalType.Integer, LogicalType.Float, LogicalType.Boolean,
                LogicalType.Enum, LogicalType.DateTime}) {
            mapper.coercionConfigFor(type)
                    .setCoercion(CoercionInputShape.Integer, type == LogicalType.Integer || type == LogicalType.Float
                            ? CoercionAction.TryConvert : CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, type == LogicalType.Float ? CoercionAction.TryConvert : CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, type == LogicalType.Boolean ? CoercionAction.TryConvert : CoercionAction.Fail);
        }
        mapper.registerModule(new SimpleModule("opstap-request-limits")
                .addDeserializer(String.class, new StorableStringDeserializer())
                .addDeserializer(LocalDate.class, new BoundedDateDeserializer())
                .setDeserializerModifier(new BoundedContainers()));
    }
}
