package nl.opstap.support.inbox;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import nl.opstap.events.Topics;
import nl.opstap.support.deadletter.DeadLetterQueue;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

class RedriveAddresseeTest {

    private static final String OWN = Topics.deadLetter("matching-service");

    @Test
    void anOrdinaryRecordIsForEveryConsumer() {
        assertFalse(EventInbox.redrivenForAnotherService(OWN, record(null)));
    }

    @Test
    void aRecordRedrivenFromThisServicesDeadLetterTopicIsForThisService() {
        assertFalse(EventInbox.redrivenForAnotherService(OWN, record(OWN + "/0/17")));
    }

    @Test
    void aRecordRedrivenFromAnotherServicesDeadLetterTopicIsSkipped() {
        assertTrue(EventInbox.redrivenForAnotherService(OWN, record(Topics.deadLetter("trajectory-service") + "/0/17")));
        // A service whose name starts like this one's is still another service.
        assertTrue(EventInbox.redrivenForAnotherService(Topics.deadLetter("matching"), record(OWN + "/0/17")));
    }

    private static ConsumerRecord<String, String> record(String redrivenFrom) {
        ConsumerRecord<String, String> record = new ConsumerRecord<>(Topics.INTAKE_CLIENT, 0, 5L, "key", "{}");
        if (redrivenFrom != null) {
            record.headers().add(DeadLetterQueue.REDRIVEN_FROM_HEADER, redrivenFrom.getBytes(StandardCharsets.UTF_8));
        }
        return record;
    }
}
