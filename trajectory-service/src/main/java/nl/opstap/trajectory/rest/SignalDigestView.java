package nl.opstap.trajectory.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.time.Instant;
import java.time.LocalDate;
import nl.opstap.support.json.StoredJson;
import nl.opstap.trajectory.domain.SignalDigest;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SignalDigest", description = "A coach's daily list of trajectories that need a look, each with its signals and reasons")
public record SignalDigestView(String coach, LocalDate computedOn, Instant computedAt,
        @Schema(description = "[{trajectoryId, clientId, signals: [{kind, reason}]}]") JsonNode items) {

    static SignalDigestView of(SignalDigest d) {
        return new SignalDigestView(d.key.coach(), d.key.computedOn(), d.computedAt, StoredJson.tree(d.items));
    }

    /** Before the coach's first list: nothing signalled, as of today. */
    static SignalDigestView empty(String coach, LocalDate today) {
        return new SignalDigestView(coach, today, null, JsonNodeFactory.instance.arrayNode());
    }
}
