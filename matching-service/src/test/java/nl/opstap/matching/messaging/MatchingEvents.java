package nl.opstap.matching.messaging;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.opstap.events.ClientAdmitted;
import nl.opstap.events.ClientProfile;
import nl.opstap.events.EventEnvelope;
import nl.opstap.events.EventJson;
import nl.opstap.events.EventPayload;
import nl.opstap.events.Topics;
import nl.opstap.events.VacancyPublished;
import nl.opstap.events.vocabulary.AgeBand;
import nl.opstap.events.vocabulary.BenefitSituation;
import nl.opstap.events.vocabulary.PhysicalLimit;
import nl.opstap.events.vocabulary.PlacementKind;
import nl.opstap.events.vocabulary.TargetGroup;
import nl.opstap.support.testing.TopicWriter;

/** Other services' events as matching receives them, for tests. */
public final class MatchingEvents {

    private MatchingEvents() {
    }

    /** The service each topic's schemas name as the source. */
    private static final Map<String, String> SOURCE = Map.of(Topics.INTAKE_CLIENT, "intake-service",
            Topics.TRAJECTORY_TRAJECTORY, "trajectory-service", Topics.EMPLOYER_VACANCY, "employer-service",
            Topics.MATCHING_PLACEMENT, "matching-service");

    public static void send(String topic, String tenant, UUID subject, EventPayload payload) {
        TopicWriter.send(topic, subject.toString(),
                EventJson.write(EventEnvelope.of(SOURCE.get(topic), tenant, subject.toString(), Instant.now(), payload)));
    }

    /** A client in Utrecht fit for {@link #gardeningVacancy}: 32 hours, 60% wage value, VCA-basis, travels up to 50 minutes. */
    public static ClientAdmitted admitted(UUID clientId) {
        ClientProfile profile = new ClientProfile(4, 60, new ClientProfile.Competences(3, 4, 3, 4), Map.of("R", 70, "S", 55),
                List.of("groenvoorziening"), 32, "3526", 50, List.of(PhysicalLimit.NO_STAIRS), List.of("VCA-basis"));
        return new ClientAdmitted(clientId, UUID.randomUUID(), "GM0344", UUID.randomUUID(), 1, LocalDate.of(2026, 11, 2),
                TargetGroup.PARTICIPATIEWET, BenefitSituation.RETAINED_BENEFIT, profile, AgeBand.FROM_55);
    }

    public static VacancyPublished gardeningVacancy(UUID vacancyId, UUID employerId) {
        return new VacancyPublished(vacancyId, employerId, "Hovenier", "6113", null, "groenvoorziening", PlacementKind.JOB,
                1, 24, 32, "3511", LocalDate.of(2026, 12, 1), null, 50, true, List.of(PhysicalLimit.NO_HEAVY_LIFTING),
                List.of("VCA-basis"), List.of("BHV"), new ClientProfile.Competences(3, 3, 3, null), List.of("motivation"), "RS",
                true, LocalDate.of(2026, 11, 20));
    }
}
