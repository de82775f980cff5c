package nl.opstap.reporting.domain;

import nl.opstap.events.vocabulary.ReferBackReason;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Clients referred back for one reason")
public record ReasonCount(ReferBackReason reason, long count) {
}
