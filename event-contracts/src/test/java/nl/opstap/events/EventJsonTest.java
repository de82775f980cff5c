package nl.opstap.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nl.opstap.events.vocabulary.ContractType;
import nl.opstap.events.vocabulary.TargetGroup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The shared reader and writer: dispatch by type, failure as {@link MalformedEventException}, tolerance for additions. */
class EventJsonTest {

    @ParameterizedTest
    @EnumSource(EventType.class)
    void readPicksTheRecordRegisteredForTheType(EventType type) {
        ObjectNode sample = ContractResources.sample(type);

        EventEnvelope<? extends EventPayload> envelope = EventJson.read(ContractResources.sampleText(type));

        assertInstanceOf(type.payloadClass(), envelope.data());
        assertEquals(type, envelope.data().eventType());
        assertEquals(type.type(), envelope.type());
        assertEquals(UUID.fromString(sample.path("id").asText()), envelope.id());
        assertEquals(sample.path("subject").asText(), envelope.subject());
        assertEquals(sample.path("tenant").asText(), envelope.tenant());
        assertEquals(Instant.parse(sample.path("time").asText()), envelope.time());
    }

    /** The checked tree becomes the record: decimals must come out exactly as written, as from the text. */
    @ParameterizedTest
    @ValueSource(strings = {"2962.96", "2962.90", "3000.00", "3000", "12345678901234567.89", "0.10"})
    void decimalsAreReadExactlyAsWritten(String amount) {
        ObjectNode sample = ContractResources.sample(EventType.SROI_CREDITED);
        ((ObjectNode) sample.path("data")).put("amountEur", new BigDecimal(amount));
        String text = sample.toString();
        assertTrue(text.contains("\"amountEur\":" + amount), text);

        SroiCredited read = (SroiCredited) EventJson.read(text).data();

        assertEquals(new BigDecimal(amount), read.amountEur(), "same value and scale");
        assertEquals(EventJson.read(text, SroiCredited.class).data(), read);
    }

    @Test
    void unknownTypeIsMalformed() {
        ObjectNode sample = ContractResources.sample(EventType.CLIENT_PLACED);
        sample.put("type", "nl.opstap.client.teleported.v1");

        MalformedEventException e = assertThrows(MalformedEventException.class, () -> EventJson.read(sample.toString()));
        assertTrue(e.getMessage().contains("nl.opstap.client.teleported.v1"), e.getMessage());
    }

    @Test
    void newerVersionOfAKnownTypeIsUnknownToThisReader() {
        ObjectNode sample = ContractResources.sample(EventType.CLIENT_PLACED);
        sample.put("type", "nl.opstap.client.placed.v2");

        assertThrows(MalformedEventException.class, () -> EventJson.read(sample.toString()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"this is not json", "{\"type\": ", "<event type=\"nl.opstap.client.placed.v1\"/>", "{]"})
    void nonJsonIsMalformed(String text) {
        assertThrows(MalformedEventException.class, () -> EventJson.read(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "null", "[]", "42", "{}", "{\"type\": null}"})
    void jsonWithoutATypeIsMalformed(String text) {
        assertThrows(MalformedEventException.class, () -> EventJson.read(text));
    }

    @Test
    void envelopeWithoutAnIdIsMalformed() {
        ObjectNode sample = ContractResources.sample(EventType.CLIENT_PLACED);
        sample.remove("id");

        assertThrows(MalformedEventException.class, () -> EventJson.read(sample.toString()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"hoursPerWeek", "aged55OrOver"})
    void missingPrimitiveIsMalformedRatherThanZero(String field) {
        ObjectNode sample = ContractResources.sample(EventType.CLIENT_PLACED);
        ((ObjectNode) sample.path("data")).remove(field);

        assertThrows(MalformedEventException.class, () -> EventJson.read(sample.toString()));
    }

    @Test
    void dataOfTheWrongShapeIsMalformed() {
        ObjectNode sample = ContractResources.sample(EventType.CLIENT_PLACED);
        sample.put("data", "placed");

        assertThrows(MalformedEventException.class, () -> EventJson.read(sample.toString()));
    }

    @Test
    void unknownEnumConstantIsMalformed() {
        // A producer on a newer vocabulary than this consumer: the consumer dead-letters instead of guessing.
        ObjectNode sample = ContractResources.sample(EventType.CLIENT_PLACED);
        ((ObjectNode) sample.path("data")).put("contractType", "ZERO_HOURS");

        assertThrows(MalformedEventException.class, () -> EventJson.read(sample.toString()));
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void unknownFieldsAreIgnored(EventType type) {
        ObjectNode sample = ContractResources.sample(type);
        EventEnvelope<? extends EventPayload> original = EventJson.read(sample.toString());

        sample.put("traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");
        sample.putObject("extensions").put("partitionkey", "whatever");
        ((ObjectNode) sample.path("data")).put("fieldFromTheFuture", 42);
        ((ObjectNode) sample.path("data")).putObject("nestedFromTheFuture").put("x", true);

        EventEnvelope<? extends EventPayload> tolerant = EventJson.read(sample.toString());
        assertEquals(original, tolerant);
    }

    @Test
    void envelopeFromAPayloadTakesItsTypeAndRoundTrips() {
        UUID clientId = UUID.fromString("7b0c7e9e-4f0a-4c55-8d3c-2a1f5e9b6c14");
        ClientPlaced placed = new ClientPlaced(
                UUID.fromString("0e2f6a8c-9d41-4b7e-a3c5-6f1d2e8b9a70"),
                clientId,
                UUID.fromString("a4d1c3e2-5b6f-4a87-9c0d-1e2f3a4b5c6d"),
                UUID.fromString("c9e8d7f6-a5b4-4c3d-8e2f-1a0b9c8d7e6f"),
                ContractType.WAGE_COST_SUBSIDY,
                28,
                TargetGroup.JOB_AGREEMENT,
                true,
                LocalDate.of(2026, 5, 4));
        EventEnvelope<ClientPlaced> envelope = EventEnvelope.of(
                "matching-service", "pastiel", clientId.toString(), Instant.parse("2026-05-04T08:00:00Z"), placed);

        assertEquals(EventType.CLIENT_PLACED.type(), envelope.type());
        String json = EventJson.write(envelope);
        assertTrue(ContractResources.validate(EventType.CLIENT_PLACED, ContractResources.tree(json)).isEmpty(),
                "written envelope must satisfy the published schema");
        assertEquals(envelope, EventJson.read(json, ClientPlaced.class));
        assertEquals(envelope, EventJson.read(json));
    }

    @Test
    void absentOptionalFieldsAreNotWrittenAsNull() {
        ReferralReceived referral = new ReferralReceived(
                UUID.fromString("1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f"),
                UUID.fromString("2d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6a"),
                "GM0228",
                TargetGroup.NUG,
                nl.opstap.events.vocabulary.BenefitSituation.NONE,
                null,
                LocalDate.of(2026, 1, 19));
        String json = EventJson.write(EventEnvelope.of(
                "intake-service", "pastiel", referral.clientId().toString(), Instant.parse("2026-01-19T12:00:00Z"), referral));

        assertTrue(ContractResources.tree(json).path("data").path("indicatedProgrammeId").isMissingNode(), json);
        assertTrue(ContractResources.validate(EventType.REFERRAL_RECEIVED, ContractResources.tree(json)).isEmpty());
    }

    @Test
    void datesAreWrittenAsIsoStrings() {
        String json = EventJson.write(EventJson.read(ContractResources.sampleText(EventType.TRAJECTORY_ENDED)));
        assertEquals("2026-06-14", ContractResources.tree(json).at("/data/endedOn").asText());
        assertTrue(ContractResources.tree(json).path("time").isTextual());
    }

    @Test
    void readingAnEnvelopeAsAnotherEventTypeIsMalformed() {
        String clientPlaced = ContractResources.sampleText(EventType.CLIENT_PLACED);
        MalformedEventException e = assertThrows(MalformedEventException.class, () -> EventJson.read(clientPlaced, VacancyClosed.class));
        assertTrue(e.getMessage().contains("is not a VacancyClosed"), e.getMessage());
    }

    @Test
    void readingChecksTheSchemaAndNamesThePathNotTheValue() {
        ObjectNode sample = ContractResources.sample(EventType.REFERRAL_RECEIVED);
        ((ObjectNode) sample.get("data")).put("municipalityCode", "Utrecht-0344");
        MalformedEventException e = assertThrows(MalformedEventException.class, () -> EventJson.read(sample.toString()));
        assertTrue(e.getMessage().contains("municipalityCode"), e.getMessage());
        assertTrue(!e.getMessage().contains("Utrecht-0344"), "the message must not repeat the value");
    }

    @Test
    void producersMayNotAddUndeclaredFieldsButReadersTolerateThem() {
        ObjectNode sample = ContractResources.sample(EventType.CLIENT_ADMITTED);
        ((ObjectNode) sample.get("data")).put("bsn", "111222333");
        MalformedEventException e = assertThrows(MalformedEventException.class,
                () -> EventSchemas.check(EventType.CLIENT_ADMITTED, sample));
        assertTrue(e.getMessage().contains("bsn") && !e.getMessage().contains("111222333"), e.getMessage());
        EventSchemas.checkTolerant(EventType.CLIENT_ADMITTED, sample);
    }
}
