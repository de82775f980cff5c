package nl.opstap.employer.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.opstap.events.EventPayload;
import nl.opstap.events.VacancyClosed;
import nl.opstap.events.VacancyPublished;
import nl.opstap.events.vocabulary.PlacementKind;
import nl.opstap.support.domain.InvalidTransitionException;
import nl.opstap.support.domain.RuleViolationException;
import nl.opstap.support.json.StoredJson;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A vacancy or place: draft, then published for matching, then closed (filled, withdrawn or expired). */
@Entity
@Table(name = "vacancy")
public class Vacancy {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String tenant;

    @Column(name = "employer_id", nullable = false)
    public UUID employerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public VacancyStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "close_reason")
    public CloseReason closeReason;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public String details;

    @Column(name = "published_on")
    public LocalDate publishedOn;

    @Column(name = "closed_on")
    public LocalDate closedOn;

    @Column(name = "end_date")
    public LocalDate endDate;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Version
    public int version;

    public static Vacancy draft(Employer employer, VacancyDetails details, String by, Instant now) {
        Vacancy vacancy = new Vacancy();
        vacancy.id = UUID.randomUUID();
        vacancy.tenant = employer.tenant;
        vacancy.employerId = employer.id;
        vacancy.status = VacancyStatus.DRAFT;
        vacancy.createdAt = now;
        vacancy.createdBy = by;
        vacancy.describe(employer, details);
        return vacancy;
    }

    public VacancyDetails details() {
        return StoredJson.read(details, VacancyDetails.class);
    }

    /** Changes the description; a published vacancy is published again so matching sees the change. */
    public List<EventPayload> change(Employer employer, VacancyDetails changed) {
        if (status == VacancyStatus.CLOSED) {
            throw new InvalidTransitionException("Vacancy " + id + " is closed");
        }
        if (status == VacancyStatus.PUBLISHED) {
            requireAdditionality(changed);
        }
        describe(employer, changed);
        return status == VacancyStatus.PUBLISHED ? List.of(published()) : List.of();
    }

    public List<EventPayload> publish(LocalDate today) {
        if (status != VacancyStatus.DRAFT) {
            throw new InvalidTransitionException("Vacancy " + id + " is " + status + "; only a draft can be published");
        }
        VacancyDetails current = details();
        requireAdditionality(current);
        if (current.endDate() != null && current.endDate().isBefore(today)) {
            throw new RuleViolationException("endDate " + current.endDate() + " has passed; a vacancy cannot be published after its end");
        }
        status = VacancyStatus.PUBLISHED;
        publishedOn = today;
        return List.of(published());
    }

    public List<EventPayload> close(CloseReason reason, LocalDate today) {
        if (status == VacancyStatus.CLOSED) {
            throw new InvalidTransitionException("Vacancy " + id + " is closed already");
        }
        boolean wasPublished = status == VacancyStatus.PUBLISHED;
        status = VacancyStatus.CLOSED;
        closeReason = reason;
        closedOn = today;
        // Matching never saw a draft, so closing one tells it nothing.
        return wasPublished ? List.of(new VacancyClosed(id, employerId, reason.name(), today)) : List.of();
    }

    /** A published vacancy whose end date lies before {@code today} has expired. */
    public boolean hasExpired(LocalDate today) {
        return status == VacancyStatus.PUBLISHED && endDate != null && endDate.isBefore(today);
    }

    private void describe(Employer employer, VacancyDetails changed) {
        if (changed.kind() == PlacementKind.SEASONAL_LOAN && employer.networks.isEmpty()) {
            throw new RuleViolationException("kind SEASONAL_LOAN is a place lent within an employers' network; employer " + employer.id
                    + " belongs to none");
        }
        if (changed.hoursPerWeekMin() != null && changed.hoursPerWeekMin() > changed.hoursPerWeekMax()) {
            throw new RuleViolationException("hoursPerWeekMin " + changed.hoursPerWeekMin() + " exceeds hoursPerWeekMax "
                    + changed.hoursPerWeekMax());
        }
        if (changed.startDate() != null && changed.endDate() != null && changed.endDate().isBefore(changed.startDate())) {
            throw new RuleViolationException("endDate lies before startDate");
        }
        details = StoredJson.write(changed);
        endDate = changed.endDate();
    }

    private static void requireAdditionality(VacancyDetails details) {
        if (!details.hasAdditionalityStatement()) {
            throw new RuleViolationException("additionalityStatement is required to publish: the place must not displace paid staff");
        }
    }

    private VacancyPublished published() {
        VacancyDetails d = details();
        return new VacancyPublished(id, employerId, d.title(), d.occupationIsco(), d.escoUri(), d.workType(), d.kind(), d.openings(),
                d.hoursPerWeekMin(), d.hoursPerWeekMax(), d.postcodeArea(), d.startDate(), d.endDate(), d.minWageValuePercent(),
                d.wageCostSubsidyPossible(), d.physicalDemands(), d.requiredCertificates(), d.wishedCertificates(),
                d.requiredCompetences(), d.wishedCompetences(), d.riasecCode(), d.sroiEligible(), publishedOn);
    }
}
