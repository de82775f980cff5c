package nl.opstap.support.problem;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.opstap.support.json.RejectedValueException;

/**
 * Explains why a request body could not be read, naming the field where there is one, in words a caller can
 * act on. Never quotes the value: it may be a BSN.
 */
final class JsonProblems {

    private JsonProblems() {
    }

    static List<Problem.Violation> violations(JsonProcessingException e) {
        if (e instanceof InvalidTypeIdException typeId) {
            // The discriminator is not on the JSON path; its name is on the base type's @JsonTypeInfo.
            JsonTypeInfo info = typeId.getBaseType() == null ? null : typeId.getBaseType().getRawClass().getAnnotation(JsonTypeInfo.class);
            String property = info == null ? "type" : info.property();
            String message = typeId.getTypeId() == null ? "is required" : "is not a known type";
            return List.of(new Problem.Violation(join(pathOf(typeId), property), message));
        }
        if (e instanceof JsonParseException parse) {
            String field = pathOf(parse.getProcessor());
            return List.of(new Problem.Violation(field, field.isEmpty() && !original(parse).contains("end-of-input")
                    ? "the body must hold one JSON value and nothing after it" : parseMessage(parse)));
        }
        if (e instanceof StreamConstraintsException limits) {
            return List.of(new Problem.Violation(pathOf(limits.getProcessor()), "is larger than allowed: " + limits.getOriginalMessage()
                    .replaceAll("\\s*\\(.*\\)", "")));
        }
        if (!(e instanceof JsonMappingException mapping)) {
            return List.of(new Problem.Violation("", "is not valid JSON"));
        }
        String field = pathOf(mapping);
        if (field.isEmpty()) {
            return List.of(new Problem.Violation("", bodyMessage(mapping)));
        }
        return List.of(new Problem.Violation(field, fieldMessage(mapping)));
    }

    private static String original(JsonProcessingException e) {
        return e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
    }

    private static String parseMessage(JsonParseException e) {
        String original = original(e);
        if (original.startsWith("Duplicate field")) {
            return "appears more than once";
        }
        if (original.contains("end-of-input")) {
            return "the JSON ends too early";
        }
        return "is not valid JSON here (" + original.replaceAll("[\"'].*", "").strip() + ")";
    }

    private static String bodyMessage(JsonMappingException e) {
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (original.startsWith("No content to map")) {
            return "a JSON body is required";
        }
        if (original.startsWith("Trailing token")) {
            return "the body must hold one JSON value and nothing after it";
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return "the body must be " + shapeOf(mismatch.getTargetType());
        }
        return "the body is not what this endpoint reads; see its schema in the OpenAPI document";
    }

    private static String fieldMessage(JsonMappingException e) {
        if (e instanceof RejectedValueException rejected) {
            return rejected.reason();
        }
        if (e instanceof UnrecognizedPropertyException) {
            return "is not a known field";
        }
        if (e instanceof InvalidNullException) {
            return "must not be null";
        }
        if (e instanceof InvalidFormatException format && format.getTargetType() != null) {
            return "must be " + shapeOf(format.getTargetType());
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return "must be " + shapeOf(mismatch.getTargetType());
        }
        return "has the wrong type or shape";
    }

    /** What a value of this Java type looks like in JSON. */
    static String shapeOf(Class<?> type) {
        if (type.isEnum()) {
            return "one of " + Arrays.toString(type.getEnumConstants());
        }
        if (type == String.class) {
            return "a text value in quotes";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class || type == BigInteger.class) {
            return "a whole number";
        }
        if (type == double.class || type == Double.class || type == BigDecimal.class) {
            return "a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == LocalDate.class) {
            return "a date as yyyy-MM-dd";
        }
        if (type == UUID.class) {
            return "a UUID";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a JSON array";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord() || type.isInterface()) {
            return "a JSON object";
        }
        return "a value of type " + type.getSimpleName();
    }

    private static String pathOf(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining())
                .replaceFirst("^\\.", "");
    }

    /** Where the parser stood, e.g. {@code items[2].bsn} for a repeated key. */
    private static String pathOf(Object processor) {
        if (!(processor instanceof JsonParser parser)) {
            return "";
        }
        List<String> segments = new ArrayList<>();
        for (JsonStreamContext context = parser.getParsingContext(); context != null && !context.inRoot(); context = context.getParent()) {
            if (context.inArray()) {
                segments.add(0, "[" + Math.max(0, context.getCurrentIndex()) + "]");
            } else if (context.getCurrentName() != null) {
                segments.add(0, "." + context.getCurrentName());
            }
        }
        String path = String.join("", segments);
        return path.startsWith(".") ? path.substring(1) : path;
    }

    private static String join(String prefix, String property) {
        return prefix.isEmpty() ? property : prefix + "." + property;
    }
}
