package nl.opstap.intake.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nl.opstap.events.vocabulary.DataSubjectRight;

/**
 * A client's export or erasure request (or an erasure the retention period made due), carried out by every service.
 * It is done when each service has answered; an export's document can be fetched until it expires, after which its
 * private key is deleted and the sealed parts can no longer be read anywhere.
 */
@Entity
@Table(name = "data_subject_request")
public class DataSubjectRequest {

    /** Why the request exists. */
    public enum Reason {
        /** The client asked (AVG art. 15, 17, 20), recorded by an administrator. */
        CLIENT_REQUEST,
        /** The organisation's retention period after the end of care ran out. */
        RETENTION
    }

    public enum Status {
        IN_PROGRESS,
        COMPLETED,
        /** An export whose document is gone: its key was deleted. */
        EXPIRED
    }

    @Id
    public UUID id;

    @Column(nullable = false)
    public String tenant;

    @Column(name = "client_id", nullable = false)
    public UUID clientId;

    @Enumerated(EnumType.STRING)
    @Column(name = "data_subject_right", nullable = false)
    public DataSubjectRight dataSubjectRight;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Reason reason;

    @Column(name = "requested_on", nullable = false)
    public LocalDate requestedOn;

    @Column(name = "requested_at", nullable = false)
    public Instant requestedAt;

    @Column(name = "requested_by", nullable = false)
    public String requestedBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "completed_at")
    public Instant completedAt;

    /** Encrypted at rest; null for an erasure and once an export expired. */
    @Column(name = "export_private_key")
    public String exportPrivateKey;

    @Column(name = "export_expires_at")
    public Instant exportExpiresAt;

    public static DataSubjectRequest of(String tenant, UUID clientId, DataSubjectRight right, Reason reason, String by,
            LocalDate today, Instant now) {
        DataSubjectRequest request = new DataSubjectRequest();
        request.id = UUID.randomUUID();
        request.tenant = tenant;
        request.clientId = clientId;
        request.dataSubjectRight = right;
        request.reason = reason;
        request.requestedOn = today;
        request.requestedAt = now;
        request.requestedBy = by;
        request.status = Status.IN_PROGRESS;
        return request;
    }

    public void completed(Instant now) {
        if (status == Status.IN_PROGRESS) {
            status = Status.COMPLETED;
            completedAt = now;
        }
    }

    /** The document can no longer be made: the key goes, and with it every sealed copy's meaning. */
    public void expire() {
        status = Status.EXPIRED;
        exportPrivateKey = null;
    }
}
