package nl.opstap.matching.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nl.opstap.events.ClientProfile;
import nl.opstap.events.VacancyClosed;
import nl.opstap.events.VacancyPublished;

/** An employer's vacancy as matching sees it: what it demands and offers, no contact persons. */
@Entity
@Table(name = "vacancy")
public class Vacancy {

    @Id
    @Column(name = "vacancy_id")
    public UUID vacancyId;

    @Column(nullable = false)
    public String tenant;

    @Column(name = "employer_id", nullable = false)
    public UUID employerId;

    /** False while only a VacancyClosed has arrived (out of order): the row waits for its publication. */
    @Column(nullable = false)
    public boolean published;

    public String title;

    @Column(name = "occupation_isco")
    public String occupationIsco;

    @Column(name = "work_type")
    public String workType;

    @Column(name = "hours_per_week_min")
    public Integer hoursPerWeekMin;

    @Column(name = "hours_per_week")
    public Integer hoursPerWeek;

    @Column(name = "postcode_area")
    public String postcodeArea;

    @Column(name = "start_date")
    public LocalDate startDate;

    @Column(name = "end_date")
    public LocalDate endDate;

    @Column(name = "min_wage_value_percent")
    public Integer minWageValuePercent;

    @Column(name = "physical_demands")
    public String physicalDemands;

    @Column(name = "required_certificates")
    public String requiredCertificates;

    @Column(name = "wished_certificates")
    public String wishedCertificates;

    @Column(name = "required_social")
    public Integer requiredSocial;

    @Column(name = "required_motivation")
    public Integer requiredMotivation;

    @Column(name = "required_work")
    public Integer requiredWork;

    @Column(name = "required_learning")
    public Integer requiredLearning;

    @Column(name = "riasec_code")
    public String riasecCode;

    @Column(name = "published_on")
    public LocalDate publishedOn;

    @Column(name = "closed_on")
    public LocalDate closedOn;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** Published or changed: the newest publication replaces the earlier one; a close that came first stays. */
    public void publish(String tenant, VacancyPublished v, Instant now) {
        vacancyId = v.vacancyId();
        this.tenant = tenant;
        employerId = v.employerId();
        published = true;
        title = v.title();
        occupationIsco = v.occupationIsco();
        workType = v.workType();
        hoursPerWeekMin = v.hoursPerWeekMin();
        hoursPerWeek = v.hoursPerWeek();
        postcodeArea = v.postcodeArea();
        startDate = v.startDate();
        endDate = v.endDate();
        minWageValuePercent = v.minWageValuePercent();
        physicalDemands = CommaList.join(v.physicalDemands());
        requiredCertificates = CommaList.join(v.requiredCertificates());
        wishedCertificates = CommaList.join(v.wishedCertificates());
        ClientProfile.Competences c = v.requiredCompetences();
        requiredSocial = c == null ? null : c.socialSkills();
        requiredMotivation = c == null ? null : c.motivation();
        requiredWork = c == null ? null : c.workSkills();
        requiredLearning = c == null ? null : c.learningAttitude();
        riasecCode = v.riasecCode();
        publishedOn = v.publishedOn();
        updatedAt = now;
    }

    public void close(String tenant, VacancyClosed c, Instant now) {
        if (vacancyId == null) {
            vacancyId = c.vacancyId();
            this.tenant = tenant;
            employerId = c.employerId();
        }
        closedOn = c.closedOn();
        updatedAt = now;
    }

    public boolean open() {
        return published && closedOn == null;
    }
}
