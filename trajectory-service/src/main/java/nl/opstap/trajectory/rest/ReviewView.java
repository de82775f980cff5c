package nl.opstap.trajectory.rest;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nl.opstap.support.json.StoredJson;
import nl.opstap.trajectory.domain.Review;
import nl.opstap.trajectory.domain.ReviewDecision;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Review")
record ReviewView(UUID id, LocalDate heldOn, JsonNode participants, JsonNode goalProgress, ReviewDecision decision,
        LocalDate nextReviewOn, String notes, Instant recordedAt, String recordedBy) {
    static ReviewView of(Review r) {
        return new ReviewView(r.id, r.heldOn, StoredJson.tree(r.participants), StoredJson.tree(r.goalProgress), r.decision, r.nextReviewOn, r.notes,
                r.recordedAt, r.recordedBy);
    }
}
