package nl.opstap.support.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.BiFunction;

/**
 * Requests generated from an OpenAPI document: a body, query and path that follow the schema, with one part
 * broken or pushed to a boundary (issue #10, input abuse). Seeded, so that a failing run can be repeated.
 */
final class FuzzedRequests {

    /** One generated request and what was done to it, for the failure message. */
    record Case(String method, String pathAndQuery, String body, String mutation) {
    }

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_DEPTH = 4;

    private static final List<String> HOSTILE_TEXT = List.of("", " ", "\t\n", "' OR '1'='1", "\"; DROP TABLE client; --",
            "<script>alert(1)</script>", "${jndi:ldap://127.0.0.1/x}", "%s%s%s%n", "../../etc/passwd", "\u202Eevil",
            "e\u0301\u0301\u0301", "\uD83D\uDE00\uD83D\uDE00", "\uFFFF", "x".repeat(10_000), "null", "-1", "NaN");
    private static final List<String> HOSTILE_NUMBERS = List.of("-1", "0", "-2147483649", "2147483648", "9223372036854775808",
            "1e308", "-1e308", "1.5", "0.0000001", "\"1\"", "true", "null", "[]", "{}");
    private static final List<String> HOSTILE_DATES = List.of("2026-02-29", "2024-02-29", "1900-01-01", "9999-12-31", "2026-13-01",
            "2026-1-1", "26-01-01", "2026-01-01T00:00:00Z", "", "today", "+10000-01-01", "19700101");
    private static final List<String> HOSTILE_IDS = List.of("not-a-uuid", "00000000-0000-0000-0000-000000000000",
            "FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF", "1", "-1", "%2e%2e", "..%2F..%2F", "%27%20OR%201%3D1", "a".repeat(300),
            "12345678-1234-1234-1234-1234567890123");

    private final JsonNode openApi;
    private final Random random;

    FuzzedRequests(JsonNode openApi, long seed) {
        this.openApi = openApi;
        this.random = new Random(seed);
    }

    /** {@code count} requests for one operation; path parameters come from {@code pathValue} unless the case breaks them. */
    List<Case> forOperation(String method, String template, JsonNode operation, BiFunction<String, String, String> pathValue, int count) {
        JsonNode bodySchema = resolve(operation.path("requestBody").path("content").path("application/json").path("schema"));
        boolean hasBody = operation.has("requestBody") && !bodySchema.isMissingNode();
        List<JsonNode> query = new ArrayList<>();
        List<String> pathNames = new ArrayList<>();
        for (JsonNode parameter : operation.path("parameters")) {
            switch (parameter.path("in").asText()) {
                case "query" -> query.add(parameter);
                case "path" -> pathNames.add(parameter.path("name").asText());
                default -> {
                }
            }
        }
        List<Case> cases = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int target = random.nextInt(10);
            String brokenPath = !pathNames.isEmpty() && target == 0 ? pathNames.get(random.nextInt(pathNames.size())) : null;
            JsonNode brokenQuery = !query.isEmpty() && (target == 1 || target == 2 || !hasBody && target > 2)
                    ? query.get(random.nextInt(query.size())) : null;
            boolean breakBody = hasBody && brokenPath == null && brokenQuery == null;

            StringBuilder mutation = new StringBuilder();
            String path = template;
            for (String name : pathNames) {
                String value = pathValue.apply(template, name);
                if (name.equals(brokenPath)) {
                    value = pick(HOSTILE_IDS);
                    mutation.append("path ").append(name).append('=').append(shorten(value));
                    path = path.replace("{" + name + "}", value);
                } else {
                    path = path.replace("{" + name + "}", URLEncoder.encode(value, StandardCharsets.UTF_8));
                }
            }
            path = path.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());

            List<String> pairs = new ArrayList<>();
            for (JsonNode parameter : query) {
                String name = parameter.path("name").asText();
                if (parameter == brokenQuery) {
                    String value = hostileScalar(resolve(parameter.path("schema")));
                    mutation.append("query ").append(name).append('=').append(shorten(value));
                    pairs.add(encode(name) + "=" + encode(value));
                } else if (parameter.path("required").asBoolean(false) || random.nextBoolean()) {
                    pairs.add(encode(name) + "=" + encode(validScalar(resolve(parameter.path("schema")))));
                }
            }
            String body = null;
            if (hasBody) {
                JsonNode valid = validValue(bodySchema, 0);
                if (breakBody) {
                    body = breakBody(valid, bodySchema, mutation);
                } else {
                    body = valid.toString();
                }
            }
            String pathAndQuery = pairs.isEmpty() ? path : path + "?" + String.join("&", pairs);
            cases.add(new Case(method, pathAndQuery, body, mutation.toString()));
        }
        return cases;
    }

    private String breakBody(JsonNode valid, JsonNode schema, StringBuilder mutation) {
        int kind = random.nextInt(12);
        if (kind == 0) {
            String whole = pick(List.of("null", "[]", "\"text\"", "42", "{}", "{\"unknown\": 1}", "[{}]"));
            mutation.append("body ").append(whole);
            return whole;
        }
        if (!(valid instanceof ObjectNode object) || object.isEmpty()) {
            mutation.append("body {}");
            return "{}";
        }
        if (kind == 1) {
            object.put("unexpectedField" + random.nextInt(100), "x");
            mutation.append("unknown field");
            return object.toString();
        }
        // Walk to a random leaf and replace it with a value of the wrong kind or past its bounds.
        ObjectNode parent = object;
        JsonNode parentSchema = schema;
        StringBuilder where = new StringBuilder();
        while (true) {
            List<String> names = new ArrayList<>();
            parent.fieldNames().forEachRemaining(names::add);
            String name = names.get(random.nextInt(names.size()));
            JsonNode fieldSchema = resolve(parentSchema.path("properties").path(name));
            where.append(where.isEmpty() ? "" : ".").append(name);
            JsonNode child = parent.get(name);
            if (child instanceof ObjectNode nested && !nested.isEmpty() && random.nextBoolean()) {
                parent = nested;
                parentSchema = fieldSchema;
                continue;
            }
            if (kind == 2) {
                parent.remove(name);
                mutation.append("without ").append(where);
            } else {
                String hostile = hostileValue(fieldSchema);
                parent.set(name, parse(hostile));
                mutation.append(where).append('=').append(shorten(hostile));
            }
            return object.toString();
        }
    }

    /** A JSON literal that breaks the field's schema: wrong type, past a bound, an unknown enum value, a broken format. */
    private String hostileValue(JsonNode schema) {
        String type = schema.path("type").asText();
        if (schema.has("enum")) {
            return pick(List.of("\"NOT_A_VALUE\"", "\"" + schema.path("enum").get(0).asText().toLowerCase() + "\"", "\"\"", "1", "null"));
        }
        return switch (type) {
            case "integer", "number" -> {
                List<String> values = new ArrayList<>(HOSTILE_NUMBERS);
                if (schema.has("minimum")) {
                    values.add(String.valueOf(schema.path("minimum").asLong() - 1));
                }
                if (schema.has("maximum")) {
                    values.add(String.valueOf(schema.path("maximum").asLong() + 1));
                }
                yield pick(values);
            }
            case "boolean" -> pick(List.of("\"yes\"", "1", "null", "\"\""));
            case "array" -> pick(List.of("null", "{}", "\"x\"", "[null]", "[[]]", "[" + "1,".repeat(499) + "1]",
                    "[" + validValue(resolve(schema.path("items")), 1) + "," + validValue(resolve(schema.path("items")), 1) + "]"));
            case "object" -> pick(List.of("null", "[]", "\"x\"", "{\"unknown\": {}}", "1"));
            default -> {
                String format = schema.path("format").asText();
                if ("uuid".equals(format)) {
                    yield quote(pick(HOSTILE_IDS));
                }
                if ("date".equals(format) || schema.path("$ref").asText("").endsWith("LocalDate")) {
                    yield quote(pick(HOSTILE_DATES));
                }
                List<String> values = new ArrayList<>();
                HOSTILE_TEXT.forEach(text -> values.add(quote(text)));
                values.addAll(List.of("null", "123", "[]", "{}", "true"));
                if (schema.has("maxLength")) {
                    values.add(quote("y".repeat(schema.path("maxLength").asInt() + 1)));
                }
                yield pick(values);
            }
        };
    }

    /** A query value that breaks the parameter's schema. */
    private String hostileScalar(JsonNode schema) {
        String literal = hostileValue(schema);
        return literal.startsWith("\"") && literal.endsWith("\"") && literal.length() >= 2
                ? literal.substring(1, literal.length() - 1) : literal;
    }

    private String validScalar(JsonNode schema) {
        JsonNode value = validValue(schema, 0);
        return value.isTextual() ? value.asText() : value.toString();
    }

    /** A value that follows the schema as far as a generator can know it (patterns and cross-field rules aside). */
    private JsonNode validValue(JsonNode schema, int depth) {
        schema = resolve(schema);
        if (schema.has("example") && random.nextInt(3) > 0) {
            return schema.path("example").deepCopy();
        }
        if (schema.has("enum")) {
            JsonNode values = schema.path("enum");
            return values.get(random.nextInt(values.size())).deepCopy();
        }
        String type = schema.path("type").asText();
        if (type.isEmpty() && schema.has("properties")) {
            type = "object";
        }
        switch (type) {
            case "object": {
                ObjectNode object = NODES.objectNode();
                if (depth >= MAX_DEPTH) {
                    return object;
                }
                List<String> required = new ArrayList<>();
                schema.path("required").forEach(name -> required.add(name.asText()));
                for (Iterator<Map.Entry<String, JsonNode>> fields = schema.path("properties").fields(); fields.hasNext(); ) {
                    Map.Entry<String, JsonNode> field = fields.next();
                    if (required.contains(field.getKey()) || random.nextInt(4) > 0) {
                        object.set(field.getKey(), validValue(field.getValue(), depth + 1));
                    }
                }
                return object;
            }
            case "array": {
                ArrayNode array = NODES.arrayNode();
                int size = depth >= MAX_DEPTH ? 0 : 1 + random.nextInt(2);
                for (int i = 0; i < size; i++) {
                    array.add(validValue(schema.path("items"), depth + 1));
                }
                return array;
            }
            case "integer": {
                long min = schema.path("minimum").asLong(0);
                long max = schema.path("maximum").asLong(Math.max(min, 0) + 40);
                return NODES.numberNode(min + (long) (random.nextDouble() * (max - min + 1)));
            }
            case "number":
                return NODES.numberNode(schema.path("minimum").asLong(0) + random.nextInt(10));
            case "boolean":
                return NODES.booleanNode(random.nextBoolean());
            default: {
                String format = schema.path("format").asText();
                if ("uuid".equals(format)) {
                    return NODES.textNode(UUID.randomUUID().toString());
                }
                if ("date".equals(format) || schema.path("$ref").asText("").endsWith("LocalDate")) {
                    return NODES.textNode(LocalDate.of(2026, 1, 1).plusDays(random.nextInt(365)).toString());
                }
                if ("date-time".equals(format)) {
                    return NODES.textNode("2026-0" + (1 + random.nextInt(9)) + "-15T10:00:00Z");
                }
                int min = schema.path("minLength").asInt(1);
                int max = Math.max(min, Math.min(schema.path("maxLength").asInt(12), 12));
                StringBuilder text = new StringBuilder();
                int length = min + random.nextInt(max - min + 1);
                for (int i = 0; i < length; i++) {
                    text.append((char) ('a' + random.nextInt(26)));
                }
                return NODES.textNode(text.toString());
            }
        }
    }

    private JsonNode resolve(JsonNode schema) {
        for (int hops = 0; hops < 5; hops++) {
            String ref = schema.path("$ref").asText(null);
            if (ref == null && schema.path("allOf").size() == 1) {
                ref = schema.path("allOf").get(0).path("$ref").asText(null);
            }
            if (ref == null && schema.path("oneOf").size() > 0) {
                schema = schema.path("oneOf").get(0);
                continue;
            }
            if (ref == null || !ref.startsWith("#/components/schemas/")) {
                return schema;
            }
            JsonNode target = openApi.path("components").path("schemas").path(ref.substring("#/components/schemas/".length()));
            if (target.isMissingNode()) {
                return schema;
            }
            schema = target;
        }
        return schema;
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static JsonNode parse(String literal) {
        try {
            return JSON.readTree(literal);
        } catch (Exception e) {
            throw new IllegalStateException("generator produced invalid JSON: " + literal, e);
        }
    }

    private static String quote(String text) {
        return NODES.textNode(text).toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String shorten(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "…(" + value.length() + ")" : value;
    }
}
