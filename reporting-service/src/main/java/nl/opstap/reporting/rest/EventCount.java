package nl.opstap.reporting.rest;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Number of events of one type for the caller's organisation")
public record EventCount(String eventType, long count, Instant lastEventAt) {
}
