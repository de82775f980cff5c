package nl.opstap.support.testing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * Holds a running service to {@code docs/access-matrix.md}: the table lists exactly the operations the service
 * serves, with the roles its OpenAPI document allows, and every operation answers every role as the table says
 * (allowed: neither 401 nor 403; not allowed: 403, or 401 where the role's token is not issued for this service),
 * without a token 401, with an expired token 401.
 * Path parameters are random ids and bodies empty objects, so allowed calls end in 400 or 404 rather than
 * changing anything that matters. Each service runs it through its own {@code @QuarkusTest} subclass.
 */
public abstract class AccessMatrixContract {

    private static final Path TABLE = Path.of("..", "docs", "access-matrix.md");
    private static final Set<String> WITH_BODY = Set.of("POST", "PUT", "PATCH");

    @Test
    void tableListsExactlyTheServedOperationsAndTheirRoles() throws IOException {
        Map<String, Set<String>> served = servedOperations();
        Map<String, Set<String>> listed = listedOperations();
        assertEquals(new TreeMap<>(served), new TreeMap<>(listed),
                "docs/access-matrix.md disagrees with the served OpenAPI document of " + service()
                        + "; regenerate it with deploy/local/api-check.sh --write-access-matrix");
    }

    @Test
    void everyOperationAnswersEveryRoleAsTheTableSays() throws IOException {
        List<String> roles = tableRoles();
        Map<String, String> tokens = new LinkedHashMap<>();
        for (String role : roles) {
            tokens.put(role, tokenFor(role));
        }
        String expired = Tokens.expired();
        List<String> wrong = new ArrayList<>();
        int requests = 0;
        for (Map.Entry<String, Set<String>> operation : listedOperations().entrySet()) {
            String[] methodAndPath = operation.getKey().split(" ", 2);
            boolean isPublic = operation.getValue().isEmpty();
            for (String role : roles) {
                int status = call(given().auth().oauth2(tokens.get(role)), methodAndPath[0], methodAndPath[1]);
                requests++;
                boolean allowed = isPublic || operation.getValue().contains(role);
                // A token issued for other services only (a municipal system's is for intake) is no login here.
                int denied = isFor(tokens.get(role), service()) ? 403 : 401;
                if (allowed ? (status == 401 || status == 403) : status != denied) {
                    wrong.add(operation.getKey() + " as " + role + ": " + status);
                }
            }
            int anonymous = call(given(), methodAndPath[0], methodAndPath[1]);
            int late = call(given().auth().oauth2(expired), methodAndPath[0], methodAndPath[1]);
            requests += 2;
            if (!isPublic && anonymous != 401) {
                wrong.add(operation.getKey() + " without a token: " + anonymous);
            }
            if (!isPublic && late != 401) {
                wrong.add(operation.getKey() + " with an expired token: " + late);
            }
        }
        assertTrue(requests > 0, "no operations listed for " + service());
        assertTrue(wrong.isEmpty(), wrong.size() + " of " + requests + " answers differ from the table: " + wrong);
    }

    private static int call(RequestSpecification request, String method, String path) {
        String concrete = path.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
        if (WITH_BODY.contains(method)) {
            request = request.contentType("application/json").body("{}");
        }
        Response response = request.request(method, concrete);
        return response.statusCode();
    }

    private static boolean isFor(String token, String service) {
        try {
            JsonNode claims = new ObjectMapper().readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
            JsonNode audience = claims.path("aud");
            return audience.isArray() ? audience.toString().contains("\"" + service + "\"") : service.equals(audience.asText());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String tokenFor(String role) {
        return switch (role) {
            case "municipality" -> Tokens.client("gemeente-utrecht");
            case "employer" -> Tokens.employer("uw", UUID.nameUUIDFromBytes("access-matrix".getBytes()));
            default -> Tokens.user("uw-" + role);
        };
    }

    private static String service() {
        return ConfigProvider.getConfig().getValue("quarkus.application.name", String.class);
    }

    /** "METHOD /path" to its allowed roles, from the document this service serves. */
    private static Map<String, Set<String>> servedOperations() {
        Map<String, Map<String, Map<String, Object>>> paths = given().queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200).extract().path("paths");
        Map<String, Set<String>> operations = new TreeMap<>();
        paths.forEach((path, item) -> {
            if (path.startsWith("/q/")) {
                return;
            }
            item.forEach((method, operation) -> {
                if (!Set.of("get", "post", "put", "patch", "delete").contains(method)) {
                    return;
                }
                Set<String> roles = new TreeSet<>();
                if (operation.get("security") instanceof List<?> requirements) {
                    requirements.forEach(requirement -> ((Map<?, ?>) requirement).values()
                            .forEach(scopes -> ((List<?>) scopes).forEach(scope -> roles.add(scope.toString()))));
                }
                operations.put(method.toUpperCase() + " " + path, roles);
            });
        });
        return operations;
    }

    /** The table's rows for this service. */
    private static Map<String, Set<String>> listedOperations() throws IOException {
        List<String> roles = tableRoles();
        Map<String, Set<String>> operations = new TreeMap<>();
        for (String line : Files.readAllLines(TABLE)) {
            List<String> cells = cells(line);
            if (cells.size() != 3 + roles.size() || !cells.get(0).equals(service())) {
                continue;
            }
            Set<String> allowed = new TreeSet<>();
            for (int i = 0; i < roles.size(); i++) {
                if (cells.get(3 + i).equals("✓")) {
                    allowed.add(roles.get(i));
                }
            }
            operations.put(cells.get(1) + " " + cells.get(2).replace("`", ""), allowed);
        }
        return operations;
    }

    private static List<String> tableRoles() throws IOException {
        String header = Files.readAllLines(TABLE).stream().filter(l -> l.startsWith("| service | method | path |"))
                .findFirst().orElseThrow(() -> new AssertionError("no table header in " + TABLE));
        List<String> cells = cells(header);
        return cells.subList(3, cells.size());
    }

    private static List<String> cells(String line) {
        if (!line.startsWith("|")) {
            return List.of();
        }
        return Arrays.stream(line.substring(1, line.length() - 1).split("\\|", -1)).map(String::strip)
                .collect(Collectors.toList());
    }
}
