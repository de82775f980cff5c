package nl.opstap.support.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RequestJsonCustomizerTest {

    record Resumption(String bsn, LocalDate resumedOn) {
    }

    record Plan(List<Goal> goals, Map<String, Integer> scores, int hours) {
    }

    record Goal(String description) {
    }

    record ShortList(@jakarta.validation.constraints.Size(max = 3) List<Goal> goals) {
    }

    private final ObjectMapper mapper = strictMapper();

    private static ObjectMapper strictMapper() {
        // Quarkus registers the JSR-310 module before the customizers run; do the same here.
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule());
        new RequestJsonCustomizer().customize(mapper);
        return mapper;
    }

    @Test
    void shouldReadAWellFormedBody() throws JsonProcessingException {
        Resumption read = mapper.readValue("{\"bsn\": \"011222333\", \"resumedOn\": \"2026-10-01\"}", Resumption.class);
        assertEquals(new Resumption("011222333", LocalDate.of(2026, 10, 1)), read);
    }

    @Test
    void shouldRefuseARepeatedKey() {
        assertThrows(JsonProcessingException.class,
                () -> mapper.readValue("{\"bsn\": \"111222333\", \"resumedOn\": \"2026-10-01\", \"bsn\": \"111222333\"}", Resumption.class));
    }

    @Test
    void shouldRefuseTrailingTokens() {
        assertThrows(JsonProcessingException.class,
                () -> mapper.readValue("{\"bsn\": \"111222333\", \"resumedOn\": \"2026-10-01\"} }{ x", Resumption.class));
    }

    @Test
    void shouldRefuseAnUnknownField() {
        assertThrows(JsonProcessingException.class,
                () -> mapper.readValue("{\"bsn\": \"111222333\", \"resumedOn\": \"2026-10-01\", \"x\": 1}", Resumption.class));
    }

    @Test
    void shouldNotCoerceANumberIntoText() {
        JsonMappingException e = assertThrows(JsonMappingException.class,
                () -> mapper.readValue("{\"bsn\": 11222333, \"resumedOn\": \"2026-10-01\"}", Resumption.class));
        assertEquals("bsn", e.getPath().get(0).getFieldName());
    }

    @Test
    void shouldNotCoerceTextIntoANumberOrAFractionIntoAWholeNumber() {
        assertThrows(JsonMappingException.class, () -> mapper.readValue("{\"hours\": \"12\"}", Plan.class));
        assertThrows(JsonMappingException.class, () -> mapper.readValue("{\"hours\": 12.5}", Plan.class));
        assertThrows(JsonMappingException.class, () -> mapper.readValue("{\"hours\": true}", Plan.class));
    }

    @Test
    void shouldRefuseTheNulCharacterNamingTheField() {
        RejectedValueException e = assertThrows(RejectedValueException.class,
                () -> mapper.readValue("{\"bsn\": \"1112\\u000022333\", \"resumedOn\": \"2026-10-01\"}", Resumption.class));
        assertEquals("bsn", e.getPath().get(0).getFieldName());
        assertEquals("must not contain the NUL character", e.reason());
    }

    @Test
    void shouldRefuseDatesOutsideTheSensibleRange() {
        for (String date : List.of("-0001-01-01", "0000-01-01", "1899-12-31", "2200-01-01", "+10000-01-01", "2026-02-30")) {
            RejectedValueException e = assertThrows(RejectedValueException.class,
                    () -> mapper.readValue("{\"bsn\": \"111222333\", \"resumedOn\": \"" + date + "\"}", Resumption.class), date);
            assertEquals("resumedOn", e.getPath().get(0).getFieldName());
        }
    }

    @Test
    void shouldRefuseADateGivenAsANumberOrArray() {
        assertThrows(RejectedValueException.class, () -> mapper.readValue("{\"resumedOn\": 20261001}", Resumption.class));
        assertThrows(RejectedValueException.class, () -> mapper.readValue("{\"resumedOn\": [2026, 10, 1]}", Resumption.class));
    }

    @Test
    void shouldCapArraysAndMapsWhileReading() {
        String goals = "{\"goals\": [" + "{},".repeat(RequestLimits.MAX_CONTAINER_SIZE) + "{}]}";
        RejectedValueException tooMany = assertThrows(RejectedValueException.class, () -> mapper.readValue(goals, Plan.class));
        assertEquals("goals", tooMany.getPath().get(0).getFieldName());

        StringBuilder scores = new StringBuilder("{\"scores\": {");
        for (int i = 0; i <= RequestLimits.MAX_CONTAINER_SIZE; i++) {
            scores.append(i == 0 ? "" : ",").append("\"k").append(i).append("\": 1");
        }
        String body = scores.append("}}").toString();
        assertThrows(RejectedValueException.class, () -> mapper.readValue(body, Plan.class));

        String atTheCap = "{\"goals\": [" + "{},".repeat(RequestLimits.MAX_CONTAINER_SIZE - 1) + "{}]}";
        assertDoesNotThrow(atTheCap);
    }

    @Test
    void shouldHoldAListToItsOwnSizeLimitWhileReading() throws JsonProcessingException {
        RejectedValueException e = assertThrows(RejectedValueException.class,
                () -> mapper.readValue("{\"goals\": [{}, {}, {}, {}]}", ShortList.class));
        assertEquals("must have at most 3 elements", e.reason());
        assertEquals(3, mapper.readValue("{\"goals\": [{}, {}, {}]}", ShortList.class).goals().size());
    }

    @Test
    void shouldRefuseDeepNesting() {
        String deep = "{\"goals\": " + "[".repeat(100) + "]".repeat(100) + "}";
        assertThrows(JsonProcessingException.class, () -> mapper.readValue(deep, Plan.class));
    }

    private void assertDoesNotThrow(String body) {
        try {
            assertTrue(mapper.readValue(body, Plan.class).goals().size() <= RequestLimits.MAX_CONTAINER_SIZE);
        } catch (JsonProcessingException e) {
            throw new AssertionError("a body at the cap must be read", e);
        }
    }
}
