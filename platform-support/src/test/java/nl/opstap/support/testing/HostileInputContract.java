package nl.opstap.support.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.RestAssured;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What a hostile client finds at every endpoint of a service (issue #14), generated from the service's own
 * OpenAPI document so that a new endpoint is covered the day it appears: repeated keys, trailing garbage,
 * wrong JSON types, NUL characters, dates the event schemas reject, huge arrays and bodies, unreadable and
 * overflowing paging, and oversized URIs and headers. Every answer must be below 500, a 4xx must be
 * problem+json with a small body, no answer may take 2 s, and the heap must be intact afterwards.
 */
public abstract class HostileInputContract {

    private static final Duration SLOWEST = Duration.ofSeconds(2);
    private static final int LARGEST_ERROR_BODY = 16 * 1024;
    private static final long HEAP_GROWTH_LIMIT = 128L * 1024 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int FUZZED_PER_SERVICE = 2_000;
    /** Bounded repetitions, so a 10,000-character word in a returned body cannot make the search quadratic. */
    private static final Pattern STACK_TRACE = Pattern.compile("\\bat [a-z][\\w$.]{0,200}\\(|\\b[A-Z]\\w{0,80}(?:Exception|Error): |\\.java:\\d+");

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    private final List<String> failures = new ArrayList<>();
    private int sent;

    /** The employer the employer users of both organisations are linked to: the same id, so isolation is by tenant. */
    private static final UUID EMPLOYER = UUID.nameUUIDFromBytes("hostile-input-employer".getBytes(StandardCharsets.UTF_8));

    /** Tokens to try, in order; each operation is attacked with the first one it does not answer with 401 or 403. */
    protected List<String> tokens() {
        return List.of(Tokens.user("uw-consultant"), Tokens.user("uw-admin"), Tokens.user("uw-jobcoach"),
                Tokens.user("uw-account-manager"), Tokens.user("uw-analyst"), Tokens.user("uw-auditor"),
                Tokens.client("gemeente-utrecht"), Tokens.employer("uw", EMPLOYER));
    }

    /** Tokens of another organisation (tenant "pastiel"), for the isolation sweep. */
    protected List<String> otherOrganisationTokens() {
        return List.of(Tokens.user("pastiel-consultant"), Tokens.user("pastiel-admin"), Tokens.user("pastiel-jobcoach"),
                Tokens.user("pastiel-account-manager"), Tokens.user("pastiel-analyst"), Tokens.user("pastiel-auditor"),
                Tokens.client("gemeente-ede"), Tokens.employer("pastiel", EMPLOYER));
    }

    /** The value of a path parameter; a service overrides it where an existing id lets a body reach validation. */
    protected String pathValue(String pathTemplate, String parameter) {
        return UUID.randomUUID().toString();
    }

    @Test
    void everyEndpointStandsHostileInput() throws Exception {
        long heapBefore = usedHeapAfterGc();
        long start = System.nanoTime();
        JsonNode openApi = JSON.readTree(RestAssured.given().queryParam("format", "json").get("/q/openapi").asString());
        for (Iterator<Map.Entry<String, JsonNode>> paths = openApi.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            if (path.getKey().startsWith("/q/")) {
                continue;
            }
            for (Iterator<Map.Entry<String, JsonNode>> operations = path.getValue().fields(); operations.hasNext(); ) {
                Map.Entry<String, JsonNode> operation = operations.next();
                attack(openApi, operation.getKey().toUpperCase(), path.getKey(), operation.getValue());
            }
        }
        attackTheServer();
        long heapGrowth = usedHeapAfterGc() - heapBefore;
        System.out.printf("%s: %d hostile requests in %d ms, heap grew by %d MB%n", getClass().getSimpleName(), sent,
                Duration.ofNanos(System.nanoTime() - start).toMillis(), heapGrowth / (1024 * 1024));
        assertTrue(failures.isEmpty(), failures.size() + " of " + sent + " hostile requests were answered wrongly:\n"
                + String.join("\n", failures));
        assertTrue(heapGrowth < HEAP_GROWTH_LIMIT, "heap grew by " + heapGrowth / (1024 * 1024) + " MB over " + sent + " requests");
        RestAssured.given().get("/q/health/ready").then().statusCode(200);
    }

    /**
     * Tenant isolation (OWASP API1): with this organisation's real ids in every path ({@link #pathValue}), every role
     * of another organisation gets 404 (or 400 when its request is refused as malformed first, which reveals nothing), never
     * the resource; and no list it may read holds one of those ids.
     */
    @Test
    void anotherOrganisationFindsNothingOfOurs() throws Exception {
        JsonNode openApi = JSON.readTree(RestAssured.given().queryParam("format", "json").get("/q/openapi").asString());
        List<String> ours = new ArrayList<>();
        List<String[]> lists = new ArrayList<>();
        int tried = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = openApi.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            if (path.getKey().startsWith("/q/")) {
                continue;
            }
            for (Iterator<Map.Entry<String, JsonNode>> operations = path.getValue().fields(); operations.hasNext(); ) {
                Map.Entry<String, JsonNode> operation = operations.next();
                String method = operation.getKey().toUpperCase();
                if (!path.getKey().contains("{")) {
                    if ("GET".equals(method)) {
                        lists.add(new String[] {path.getKey()});
                    }
                    continue;
                }
                for (JsonNode parameter : operation.getValue().path("parameters")) {
                    if ("path".equals(parameter.path("in").asText())) {
                        ours.add(pathValue(path.getKey(), parameter.path("name").asText()));
                    }
                }
                boolean hasBody = operation.getValue().has("requestBody");
                String filled = fill(path.getKey(), operation.getValue());
                for (String token : otherOrganisationTokens()) {
                    Response response = send(method, filled, token, hasBody ? "{}" : null, Map.of());
                    tried++;
                    // 400: refused as malformed (a body, or a path value that is no id) before any lookup.
                    boolean revealsNothing = response.status == 401 || response.status == 403 || response.status == 404
                            || response.status == 400;
                    if (!revealsNothing) {
                        failures.add(line(method, path.getKey(), "other organisation", response, "should be 404"));
                    }
                }
            }
        }
        for (String[] list : lists) {
            for (String token : otherOrganisationTokens()) {
                Response response = send("GET", list[0], token, null, Map.of());
                tried++;
                for (String id : ours) {
                    if (response.status == 200 && response.body.contains(id)) {
                        failures.add(line("GET", list[0], "other organisation", response, "lists our " + id));
                    }
                }
            }
        }
        System.out.printf("%s: %d requests of another organisation against %d of our ids%n", getClass().getSimpleName(), tried,
                ours.stream().distinct().count());
        assertTrue(failures.isEmpty(), failures.size() + " answers to another organisation reveal ours:\n" + String.join("\n", failures));
    }

    /**
     * At least {@value #FUZZED_PER_SERVICE} requests generated from the OpenAPI document, each breaking one part of an
     * otherwise valid request: none may be a server error or show a stack trace, and none that is refused may leave
     * a trace in the database.
     */
    @Test
    void generatedRequestsNeverBreakTheServiceNorItsData() throws Exception {
        long seed = Long.getLong("opstap.fuzz.seed", getClass().getName().hashCode());
        JsonNode openApi = JSON.readTree(RestAssured.given().queryParam("format", "json").get("/q/openapi").asString());
        FuzzedRequests generator = new FuzzedRequests(openApi, seed);
        List<String[]> operations = new ArrayList<>();
        openApi.path("paths").fields().forEachRemaining(path -> {
            if (!path.getKey().startsWith("/q/")) {
                path.getValue().fieldNames().forEachRemaining(method -> operations.add(new String[] {method, path.getKey()}));
            }
        });
        Map<String, Long> slowest = new LinkedHashMap<>();
        int perOperation = Math.max(24, (FUZZED_PER_SERVICE + operations.size() - 1) / Math.max(1, operations.size()));
        int fuzzed = 0;
        int refused = 0;
        long start = System.nanoTime();
        try (DatabaseFingerprint database = new DatabaseFingerprint()) {
            String before = database.quiet();
            long writesBefore = database.nextTransactionId();
            for (String[] methodAndPath : operations) {
                String method = methodAndPath[0].toUpperCase();
                JsonNode operation = openApi.path("paths").path(methodAndPath[1]).path(methodAndPath[0]);
                String token = tokenFor(method, fill(methodAndPath[1], operation), operation.has("requestBody"));
                long operationStart = System.nanoTime();
                for (FuzzedRequests.Case request : generator.forOperation(method, methodAndPath[1], operation, this::pathValue, perOperation)) {
                    Response response = send(method, request.pathAndQuery(), token, request.body(), Map.of());
                    fuzzed++;
                    String variant = "fuzz " + request.mutation();
                    expect(response, method, methodAndPath[1], variant, 0);
                    if (STACK_TRACE.matcher(response.body).find()) {
                        failures.add(line(method, methodAndPath[1], variant, response, "shows a stack trace"));
                    }
                    // Only a transaction that wrote gets an id: without a new one, nothing changed and no digest is needed.
                    long writesAfter = database.nextTransactionId();
                    String after = writesAfter == writesBefore ? before : database.digest();
                    if (response.status >= 400 && !after.equals(before)) {
                        refused++;
                        // A consumer may have been writing at the same moment: only a change that repeats is the request's.
                        before = database.quiet();
                        send(method, request.pathAndQuery(), token, request.body(), Map.of());
                        after = database.quiet();
                        if (!after.equals(before)) {
                            failures.add(line(method, methodAndPath[1], variant, response, "was refused but changed the database"));
                        }
                    } else if (response.status >= 400) {
                        refused++;
                    }
                    before = after;
                    writesBefore = database.nextTransactionId();
                }
                slowest.put(method + " " + methodAndPath[1], Duration.ofNanos(System.nanoTime() - operationStart).toMillis());
            }
        }
        System.out.printf("%s: %d generated requests (seed %d) over %d operations in %d ms, %d refused%n", getClass().getSimpleName(),
                fuzzed, seed, operations.size(), Duration.ofNanos(System.nanoTime() - start).toMillis(), refused);
        slowest.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(3)
                .forEach(operation -> System.out.printf("  %s: %d ms%n", operation.getKey(), operation.getValue()));
        assertTrue(fuzzed >= FUZZED_PER_SERVICE, "only " + fuzzed + " generated requests");
        assertTrue(failures.isEmpty(), failures.size() + " of " + fuzzed + " generated requests (seed " + seed + ") were answered wrongly:\n"
                + String.join("\n", failures.subList(0, Math.min(60, failures.size()))));
    }

    private void attack(JsonNode openApi, String method, String template, JsonNode operation) throws Exception {
        String path = fill(template, operation);
        boolean hasBody = operation.has("requestBody");
        String token = tokenFor(method, path, hasBody);
        for (JsonNode parameter : operation.path("parameters")) {
            if (!"query".equals(parameter.path("in").asText())) {
                continue;
            }
            String name = parameter.path("name").asText();
            Response nul = send(method, path + "?" + name + "=%00", token, hasBody ? "{}" : null, Map.of());
            expect(nul, method, template, name + "=%00", 400);
            expectViolation(nul, method, template, name + "=%00", name);
            if ("integer".equals(parameter.path("schema").path("type").asText())) {
                for (String value : List.of("abc", "2147483648", "1000000000", "-1", "1.5")) {
                    Response bad = send(method, path + "?" + name + "=" + value, token, hasBody ? "{}" : null, Map.of());
                    expect(bad, method, template, name + "=" + value, 400);
                    expectViolation(bad, method, template, name + "=" + value, name);
                }
            }
            if (isDate(openApi, parameter.path("schema"))) {
                for (String value : List.of("-0001-01-01", "0000-01-01", "2026-02-30")) {
                    expect(send(method, path + "?" + name + "=" + value, token, null, Map.of()), method, template, name + "=" + value, 400);
                }
            }
        }
        if (operation.toString().contains("\"name\":\"page\"")) {
            Response overflow = send(method, path + "?page=10737419&size=200", token, null, Map.of());
            expect(overflow, method, template, "page=10737419&size=200", 400);
        }
        if (hasBody) {
            attackBody(openApi, method, path, template, token, operation);
        }
    }

    private void attackBody(JsonNode openApi, String method, String path, String template, String token, JsonNode operation)
            throws Exception {
        JsonNode schema = resolve(openApi, operation.path("requestBody").path("content").path("application/json").path("schema"));
        Map<String, BodyVariant> bodies = new LinkedHashMap<>();
        if (operation.path("requestBody").path("required").asBoolean(false)) {
            bodies.put("empty body", new BodyVariant("", 400, null));
        }
        if (!"array".equals(schema.path("type").asText())) {
            bodies.put("array body", new BodyVariant("[]", 400, null));
        }
        bodies.put("trailing garbage", new BodyVariant("{} }{ x", 400, null));
        bodies.put("not JSON", new BodyVariant("{\"a\": ", 400, null));
        bodies.put("deep nesting", new BodyVariant("{\"a\": " + "[".repeat(5000) + "]".repeat(5000) + "}", 0, null));
        JsonNode properties = schema.path("properties");
        for (Iterator<Map.Entry<String, JsonNode>> fields = properties.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            String name = field.getKey();
            JsonNode type = resolve(openApi, field.getValue());
            bodies.put("repeated key " + name, new BodyVariant("{\"" + name + "\": " + sample(type) + ", \"" + name + "\": " + sample(type) + "}",
                    400, null));
            if ("string".equals(type.path("type").asText()) && !type.has("format") && !type.has("enum")) {
                bodies.put("NUL in " + name, new BodyVariant("{\"" + name + "\": \"a\\u0000b\"}", 400, name));
                bodies.put("number as " + name, new BodyVariant("{\"" + name + "\": 123456782}", 400, name));
            }
            if (isDate(openApi, field.getValue())) {
                bodies.put("date -0001 in " + name, new BodyVariant("{\"" + name + "\": \"-0001-01-01\"}", 400, name));
                bodies.put("date 0000 in " + name, new BodyVariant("{\"" + name + "\": \"0000-01-01\"}", 400, name));
            }
            if ("integer".equals(type.path("type").asText())) {
                bodies.put("text as " + name, new BodyVariant("{\"" + name + "\": \"12\"}", 400, name));
                bodies.put("overflow in " + name, new BodyVariant("{\"" + name + "\": 99999999999999999999999999999}", 400, name));
            }
            if ("array".equals(type.path("type").asText())) {
                JsonNode items = resolve(openApi, type.path("items"));
                String element = "object".equals(items.path("type").asText()) || items.has("properties") ? "{}" : "\"A\"";
                // Refused either as too large (413) or, below the body limit, as too many items in the named field (400).
                bodies.put("50,000 elements in " + name,
                        new BodyVariant("{\"" + name + "\": [" + (element + ",").repeat(49_999) + element + "]}", 0, name));
                bodies.put("1,001 elements in " + name, new BodyVariant("{\"" + name + "\": [" + (element + ",").repeat(1000) + element + "]}", 0, null));
            }
        }
        bodies.put("2 MB body", new BodyVariant("{\"a\": \"" + "x".repeat(2 * 1024 * 1024) + "\"}", 413, null));
        for (Map.Entry<String, BodyVariant> body : bodies.entrySet()) {
            BodyVariant variant = body.getValue();
            Response response = send(method, path, token, variant.body, Map.of());
            expect(response, method, template, body.getKey(), variant.status);
            if (variant.field != null) {
                expectViolation(response, method, template, body.getKey(), variant.field);
            }
            if (response.status == 200 || response.status == 201 || response.status == 202) {
                failures.add(line(method, template, body.getKey(), response, "was accepted"));
            }
        }
    }

    /** Server-level limits, the same for every path. */
    private void attackTheServer() throws Exception {
        String token = tokens().get(0);
        expect(send("GET", "/q/health/ready?x=" + "a".repeat(20_000), token, null, Map.of()), "GET", "/q/health/ready", "20 KB URI", 414);
        expect(send("GET", "/q/health/ready", token, null, Map.of("X-Padding", "a".repeat(30_000))), "GET", "/q/health/ready",
                "30 KB header", 431);
        // Netty's request decoder refuses a malformed percent-escape itself, before any Quarkus code runs, with a bare
        // 400; nothing in the application can give it a body, so only the status is held here.
        Response undecodable = sendRaw("/q/health/ready?x=%zz");
        if (undecodable.status != 400) {
            failures.add(line("GET", "/q/health/ready", "undecodable query", undecodable, "should be 400"));
        }
        expect(sendRaw("/no-such-path/%00"), "GET", "/no-such-path", "NUL in path", 400);
    }

    private String tokenFor(String method, String path, boolean hasBody) throws Exception {
        for (String token : tokens()) {
            int status = send(method, path, token, hasBody ? "{}" : null, Map.of()).status;
            if (status != 401 && status != 403) {
                return token;
            }
        }
        return tokens().get(0);
    }

    private String fill(String template, JsonNode operation) {
        String path = template;
        for (JsonNode parameter : operation.path("parameters")) {
            if ("path".equals(parameter.path("in").asText())) {
                String name = parameter.path("name").asText();
                path = path.replace("{" + name + "}", URLEncoder.encode(pathValue(template, name), StandardCharsets.UTF_8));
            }
        }
        return path.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
    }

    private void expect(Response response, String method, String template, String variant, int expectedStatus) {
        if (response.status >= 500) {
            failures.add(line(method, template, variant, response, "is a server error"));
            return;
        }
        if (expectedStatus > 0 && response.status != expectedStatus) {
            failures.add(line(method, template, variant, response, "should be " + expectedStatus));
        }
        if (response.elapsed.compareTo(SLOWEST) > 0) {
            failures.add(line(method, template, variant, response, "took " + response.elapsed.toMillis() + " ms"));
        }
        if (response.status >= 400) {
            if (!response.contentType.startsWith("application/problem+json")) {
                failures.add(line(method, template, variant, response, "is not problem+json"));
            } else if (response.body.length() > LARGEST_ERROR_BODY) {
                failures.add(line(method, template, variant, response, "has an error body of " + response.body.length() + " bytes"));
            } else {
                try {
                    JsonNode problem = JSON.readTree(response.body);
                    if (problem.path("status").asInt() != response.status || !problem.hasNonNull("type")) {
                        failures.add(line(method, template, variant, response, "has a problem without matching status and type"));
                    }
                } catch (IOException e) {
                    failures.add(line(method, template, variant, response, "has an unreadable problem body"));
                }
            }
        }
    }

    private void expectViolation(Response response, String method, String template, String variant, String field) {
        if (response.status != 400) {
            return;
        }
        try {
            for (JsonNode violation : JSON.readTree(response.body).path("violations")) {
                if (field.equals(violation.path("field").asText())) {
                    return;
                }
            }
        } catch (IOException e) {
            // Reported by expect() already.
        }
        failures.add(line(method, template, variant, response, "does not name " + field));
    }

    private static String line(String method, String template, String variant, Response response, String what) {
        return "  " + method + " " + template + " [" + variant + "] -> " + response.status + " in " + response.elapsed.toMillis() + " ms " + what;
    }

    private Response send(String method, String pathAndQuery, String token, String body, Map<String, String> headers)
            throws InterruptedException {
        sent++;
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + RestAssured.port + pathAndQuery))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        headers.forEach(request::header);
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body(),
                    Duration.ofNanos(System.nanoTime() - start));
        } catch (IOException e) {
            // The server may close the connection after refusing an oversized request; that is an answer, not a crash.
            return new Response(499, "", "", Duration.ofNanos(System.nanoTime() - start));
        }
    }

    /** A request java.net.URI refuses to build, written on the socket as a client could. */
    private Response sendRaw(String pathAndQuery) throws IOException {
        sent++;
        long start = System.nanoTime();
        try (Socket socket = new Socket("127.0.0.1", RestAssured.port)) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(("GET " + pathAndQuery + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            String raw = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int headerEnd = raw.indexOf("\r\n\r\n");
            String head = headerEnd < 0 ? raw : raw.substring(0, headerEnd);
            String contentType = head.lines().filter(l -> l.toLowerCase().startsWith("content-type:"))
                    .map(l -> l.substring("content-type:".length()).strip()).findFirst().orElse("");
            int status = Integer.parseInt(head.split(" ", 3)[1]);
            return new Response(status, contentType, headerEnd < 0 ? "" : raw.substring(headerEnd + 4), Duration.ofNanos(System.nanoTime() - start));
        }
    }

    private static JsonNode resolve(JsonNode openApi, JsonNode schema) {
        String ref = schema.path("$ref").asText(null);
        if (ref == null && schema.path("allOf").size() == 1) {
            ref = schema.path("allOf").get(0).path("$ref").asText(null);
        }
        if (ref == null || !ref.startsWith("#/components/schemas/")) {
            return schema;
        }
        return openApi.path("components").path("schemas").path(ref.substring("#/components/schemas/".length()));
    }

    private static boolean isDate(JsonNode openApi, JsonNode schema) {
        return "date".equals(resolve(openApi, schema).path("format").asText())
                || schema.path("$ref").asText("").endsWith("/LocalDate");
    }

    private static String sample(JsonNode type) {
        switch (type.path("type").asText()) {
            case "integer":
            case "number":
                return "1";
            case "boolean":
                return "true";
            case "array":
                return "[]";
            case "object":
                return "{}";
            default:
                return "\"x\"";
        }
    }

    private static long usedHeapAfterGc() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private record Response(int status, String contentType, String body, Duration elapsed) {
    }

    /** A hostile body, the status it must get (0: any status below 500 but not a success) and the field a 400 must name, if one. */
    private record BodyVariant(String body, int status, String field) {
    }
}
