package nl.opstap.events;

import static nl.opstap.events.ContractResources.describe;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.ValidationMessage;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Proves the schemas bite: each test breaks one valid sample in one way and expects the named keyword to fail. */
class EventSchemaRejectionTest {

    // ------------------------------------------------------------------------- required fields

    @Test
    void missingRequiredDataFieldIsRejected() {
        rejects(EventType.CLIENT_PLACED, "required", e -> data(e).remove("clientId"));
    }

    @Test
    void missingRequiredPrimitiveIsRejected() {
        // Producers are checked against the schema; the Java reader rejects this too (see EventJsonTest).
        rejects(EventType.CLIENT_PLACED, "required", e -> data(e).remove("hoursPerWeek"));
    }

    @Test
    void nullForARequiredFieldIsRejected() {
        rejects(EventType.CLIENT_PLACED, "type", e -> data(e).putNull("hoursPerWeek"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"id", "type", "source", "time", "tenant", "subject", "data"})
    void missingEnvelopeFieldIsRejected(String field) {
        rejects(EventType.REFERRAL_RECEIVED, "required", e -> e.remove(field));
    }

    @Test
    void optionalFieldsMayBeLeftOut() {
        accepts(EventType.REFERRAL_RECEIVED, e -> data(e).remove("indicatedProgrammeId"));
        accepts(EventType.VACANCY_PUBLISHED, e -> data(e).remove("minWageValuePercent"));
        accepts(EventType.CLIENT_ADMITTED, e -> data(e).putObject("profile"));
    }

    // ------------------------------------------------------------------------- enums

    @Test
    void unknownEnumValueIsRejected() {
        rejects(EventType.REFERRAL_RECEIVED, "enum", e -> data(e).put("targetGroup", "TOURIST"));
    }

    @Test
    void unknownEnumValueInAListIsRejected() {
        rejects(EventType.CLIENT_ADMITTED, "enum",
                e -> ((ArrayNode) profile(e).path("physicalLimits")).add("NO_FLYING"));
    }

    @Test
    void enumValueIsCaseSensitive() {
        rejects(EventType.TRAJECTORY_ENDED, "enum", e -> data(e).put("outcome", "regular_work_full_time"));
    }

    // ------------------------------------------------------------------------- domain patterns

    @ParameterizedTest
    @ValueSource(strings = {"0344", "GM344", "gm0344", "GM03444", "GM 0344", "Utrecht"})
    void badMunicipalityCodeIsRejected(String code) {
        rejects(EventType.REFERRAL_RECEIVED, "pattern", e -> data(e).put("municipalityCode", code));
    }

    @ParameterizedTest
    @ValueSource(strings = {"3531AB", "3531 AB", "0531", "353", "35310"})
    void postcodeAreaMustBeFourDigitsOnly(String postcode) {
        rejects(EventType.VACANCY_PUBLISHED, "pattern", e -> data(e).put("postcodeArea", postcode));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-13", "2026-00", "2026-7", "07-2026", "2026-07-01"})
    void badSroiPeriodIsRejected(String period) {
        rejects(EventType.SROI_CREDITED, "pattern", e -> data(e).put("period", period));
    }

    @ParameterizedTest
    @ValueSource(strings = {"UW", "u", "uw_utrecht", "pastiel.ede"})
    void badTenantIsRejected(String tenant) {
        rejects(EventType.CLIENT_PLACED, "pattern", e -> e.put("tenant", tenant));
    }

    @ParameterizedTest
    @ValueSource(strings = {"nl.opstap.client.placed", "client.placed.v1", "nl.opstap.Client.placed.v1"})
    void malformedTypeIsRejectedByTheEnvelope(String type) {
        ObjectNode sample = ContractResources.sample(EventType.CLIENT_PLACED);
        sample.put("type", type);
        Set<ValidationMessage> errors = ContractResources.schema(ContractResources.ENVELOPE).validate(sample);
        assertTrue(errors.stream().anyMatch(m -> "pattern".equals(m.getType())), describe(errors));
    }

    @Test
    void typeOfAnotherEventIsRejected() {
        rejects(EventType.CLIENT_PLACED, "const", e -> e.put("type", EventType.PLACEMENT_ENDED.type()));
    }

    @Test
    void wrongSourceIsRejected() {
        rejects(EventType.CLIENT_PLACED, "const", e -> e.put("source", "intake-service"));
    }

    // ------------------------------------------------------------------------- formats

    @ParameterizedTest
    @ValueSource(strings = {"not-a-uuid", "3B8E5F0A-7C21-4D9E-9A44-1F6B2C8D0E57", "3b8e5f0a7c214d9e9a441f6b2c8d0e57",
        "3b8e5f0a-7c21-4d9e-9a44-1f6b2c8d0e5g", "3b8e5f0a-7c214-d9e-9a44-1f6b2c8d0e57", "3b8e5f0a-7c21-4d9e-9a44-1f6b2c8d0e57\n",
        "3b8e5f0a-7c21-4d9e-9a44-1f6b2c8d0e577", ""})
    void badUuidIsRejected(String id) {
        rejects(EventType.CLIENT_PLACED, "pattern", e -> e.put("id", id));
    }

    /** The UUID pattern and format are checked by hand, not by regular expressions: held to what those say. */
    @Test
    void theHandWrittenUuidChecksSayWhatThePatternAndTheFormatSay() {
        Pattern pattern = Pattern.compile(EventSchemas.UUID_PATTERN);
        Pattern format = Pattern.compile("^\\p{XDigit}{8}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{12}$");
        Random random = new Random(20261124);
        String alphabet = "0123456789abcdefABCDEFg-";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder value = new StringBuilder(UUID.randomUUID().toString());
            for (int changes = random.nextInt(3); changes > 0; changes--) {
                value.setCharAt(random.nextInt(value.length()), alphabet.charAt(random.nextInt(alphabet.length())));
            }
            if (random.nextInt(20) == 0) {
                value.deleteCharAt(random.nextInt(value.length()));
            }
            String candidate = value.toString();
            assertEquals(pattern.matcher(candidate).matches(), EventSchemas.isUuid(candidate, true), candidate);
            assertEquals(format.matcher(candidate).matches(), EventSchemas.isUuid(candidate, false), candidate);
        }
    }

    @Test
    void impossibleDateIsRejected() {
        rejects(EventType.REFERRAL_RECEIVED, "format", e -> data(e).put("receivedOn", "2026-02-30"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-02-02 10:14:27", "2026-02-02T10:14:27", "02-02-2026T10:14:27Z"})
    void timeWithoutOffsetIsRejected(String time) {
        rejects(EventType.REFERRAL_RECEIVED, "format", e -> e.put("time", time));
    }

    // ------------------------------------------------------------------------- ranges

    @ParameterizedTest
    @ValueSource(ints = {0, 7})
    void ladderStepOutsideOneToSixIsRejected(int step) {
        rejects(EventType.CLIENT_ADMITTED, step < 1 ? "minimum" : "maximum",
                e -> profile(e).put("participationLadderStep", step));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 6})
    void competenceOutsideOneToFiveIsRejected(int score) {
        rejects(EventType.CLIENT_ADMITTED, score < 1 ? "minimum" : "maximum",
                e -> ((ObjectNode) profile(e).path("competences")).put("motivation", score));
    }

    @Test
    void wageValueAboveHundredPercentIsRejected() {
        rejects(EventType.CLIENT_ADMITTED, "maximum", e -> profile(e).put("wageValuePercent", 101));
        rejects(EventType.VACANCY_PUBLISHED, "minimum", e -> data(e).put("minWageValuePercent", -5));
    }

    @Test
    void riasecKeyOutsideRiasecIsRejected() {
        rejects(EventType.CLIENT_ADMITTED, "additionalProperties",
                e -> ((ObjectNode) profile(e).path("riasec")).put("X", 40));
    }

    @Test
    void riasecScoreAboveHundredIsRejected() {
        rejects(EventType.CLIENT_ADMITTED, "maximum", e -> ((ObjectNode) profile(e).path("riasec")).put("R", 101));
    }

    @Test
    void amountMustBeANonNegativeNumber() {
        rejects(EventType.SROI_CREDITED, "type", e -> data(e).put("amountEur", "2962.96"));
        rejects(EventType.SROI_CREDITED, "minimum", e -> data(e).put("amountEur", -10));
    }

    @Test
    void betweenCriterionNeedsExactlyTwoValues() {
        rejects(EventType.PROGRAMME_PUBLISHED, "minItems", e -> {
            ObjectNode criterion = (ObjectNode) data(e).path("inclusionCriteria").path(0);
            criterion.put("operator", "BETWEEN").putArray("values").add("3");
        });
    }

    @Test
    void freeTextReasonIsRejected() {
        rejects(EventType.PLACEMENT_ENDED, "pattern",
                e -> data(e).put("reason", "Werkgever ontevreden over mevrouw De Vries"));
    }

    // ------------------------------------------------------------------------- no direct identifiers

    @ParameterizedTest
    @EnumSource(EventType.class)
    void bsnInsideDataIsRejected(EventType type) {
        rejects(type, "additionalProperties", e -> data(e).put("bsn", "123456782"));
    }

    @Test
    void personalDetailsInsideTheProfileAreRejected() {
        rejects(EventType.CLIENT_ADMITTED, "additionalProperties", e -> profile(e).put("birthDate", "1988-04-12"));
        rejects(EventType.CLIENT_ADMITTED, "additionalProperties", e -> profile(e).put("postcode", "3531 AB"));
    }

    @Test
    void bsnAsSubjectIsRejected() {
        rejects(EventType.CLIENT_PLACED, "pattern", e -> e.put("subject", "123456782"));
    }

    @Test
    void extraEnvelopeFieldIsTolerated() {
        // Additive evolution: the envelope may grow (e.g. a CloudEvents extension attribute).
        accepts(EventType.CLIENT_PLACED, e -> e.put("traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"));
    }

    // ------------------------------------------------------------------------- helpers

    private static ObjectNode data(ObjectNode envelope) {
        return (ObjectNode) envelope.path("data");
    }

    private static ObjectNode profile(ObjectNode envelope) {
        return (ObjectNode) data(envelope).path("profile");
    }

    private static void rejects(EventType type, String keyword, Consumer<ObjectNode> breakIt) {
        ObjectNode sample = ContractResources.sample(type);
        assertTrue(ContractResources.validate(type, sample).isEmpty(), "the unbroken sample must be valid");
        breakIt.accept(sample);
        Set<ValidationMessage> errors = ContractResources.validate(type, sample);
        assertTrue(errors.stream().anyMatch(m -> keyword.equals(m.getType())),
                type.schemaName() + ": expected a '" + keyword + "' error, got:" + describe(errors));
    }

    private static void accepts(EventType type, Consumer<ObjectNode> change) {
        ObjectNode sample = ContractResources.sample(type);
        change.accept(sample);
        Set<ValidationMessage> errors = ContractResources.validate(type, sample);
        assertTrue(errors.isEmpty(), type.schemaName() + " should stay valid:" + describe(errors));
    }
}
