package nl.opstap.intake.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.opstap.events.vocabulary.DataSubjectRight;
import nl.opstap.intake.domain.DataSubjectRequest;
import nl.opstap.intake.domain.DataSubjectRequest.Reason;
import nl.opstap.intake.domain.DataSubjectRequest.Status;
import nl.opstap.intake.domain.DataSubjectRequestPart;
import nl.opstap.intake.service.DataSubjectRequests;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A data-subject request and how far each service is with it; holds no personal data")
public record DataSubjectRequestView(
        UUID id,
        @Schema(description = "The client's pseudonymous id")
        UUID clientId,
        DataSubjectRight right,
        @Schema(description = "CLIENT_REQUEST, or RETENTION when the organisation's retention period after the end of care ran out")
        Reason reason,
        @Schema(description = "IN_PROGRESS until every service answered, then COMPLETED; an export is EXPIRED once its document is gone")
        Status status,
        LocalDate requestedOn,
        Instant requestedAt,
        String requestedBy,
        Instant completedAt,
        @Schema(description = "Until when the export's document can be fetched; null for an erasure")
        Instant documentAvailableUntil,
        @Schema(description = "One line per service, in a fixed order")
        List<ServiceAnswer> services) {

    @Schema(name = "DataSubjectServiceAnswer", description = "One service's part of the request")
    public record ServiceAnswer(
            String service,
            @Schema(description = "Whether the service has carried out its part")
            boolean done,
            @Schema(description = "Records that held data about the client: exported, or erased and anonymised; null until done")
            Integer records,
            Instant completedAt) {
    }

    static DataSubjectRequestView of(DataSubjectRequests.Progress progress) {
        DataSubjectRequest r = progress.request();
        List<ServiceAnswer> services = DataSubjectRequests.SERVICES.stream().map(service -> progress.answers().stream()
                        .filter(a -> a.key.service().equals(service)).findFirst()
                        .map(a -> new ServiceAnswer(service, true, a.records, a.completedAt))
                        .orElse(new ServiceAnswer(service, false, null, null)))
                .toList();
        return new DataSubjectRequestView(r.id, r.clientId, r.dataSubjectRight, r.reason, r.status, r.requestedOn, r.requestedAt,
                r.requestedBy, r.completedAt, r.status == Status.EXPIRED ? null : r.exportExpiresAt, services);
    }

    static DataSubjectRequestView of(DataSubjectRequest request, List<DataSubjectRequestPart> answers) {
        return of(new DataSubjectRequests.Progress(request, answers));
    }
}
