package nl.opstap.intake.rest;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import nl.opstap.events.vocabulary.PhysicalLimit;
import nl.opstap.intake.domain.InstrumentResult;
import nl.opstap.intake.domain.ZrmDomain;
import nl.opstap.support.problem.ProblemException;
import org.eclipse.microprofile.openapi.annotations.media.DiscriminatorMapping;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One instrument result; {@code instrument} says which, and the other fields follow that instrument. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "instrument")
@JsonSubTypes({
        @JsonSubTypes.Type(value = AssessmentRequest.ParticipationLadder.class, name = "PARTICIPATION_LADDER"),
        @JsonSubTypes.Type(value = AssessmentRequest.Zrm.class, name = "ZRM"),
        @JsonSubTypes.Type(value = AssessmentRequest.WageValue.class, name = "WAGE_VALUE"),
        @JsonSubTypes.Type(value = AssessmentRequest.Competences.class, name = "COMPETENCES"),
        @JsonSubTypes.Type(value = AssessmentRequest.Riasec.class, name = "RIASEC"),
        @JsonSubTypes.Type(value = AssessmentRequest.WorkPreferences.class, name = "WORK_PREFERENCES"),
        @JsonSubTypes.Type(value = AssessmentRequest.PhysicalLimits.class, name = "PHYSICAL_LIMITS"),
        @JsonSubTypes.Type(value = AssessmentRequest.Certificates.class, name = "CERTIFICATES"),
        @JsonSubTypes.Type(value = AssessmentRequest.InDepthDiagnosis.class, name = "IN_DEPTH_DIAGNOSIS")})
@Schema(description = "An instrument result, dated. Kept as history: a new result never overwrites an old one.",
        oneOf = {AssessmentRequest.ParticipationLadder.class, AssessmentRequest.Zrm.class, AssessmentRequest.WageValue.class,
                AssessmentRequest.Competences.class, AssessmentRequest.Riasec.class, AssessmentRequest.WorkPreferences.class,
                AssessmentRequest.PhysicalLimits.class, AssessmentRequest.Certificates.class, AssessmentRequest.InDepthDiagnosis.class},
        discriminatorProperty = "instrument",
        discriminatorMapping = {
                @DiscriminatorMapping(value = "PARTICIPATION_LADDER", schema = AssessmentRequest.ParticipationLadder.class),
                @DiscriminatorMapping(value = "ZRM", schema = AssessmentRequest.Zrm.class),
                @DiscriminatorMapping(value = "WAGE_VALUE", schema = AssessmentRequest.WageValue.class),
                @DiscriminatorMapping(value = "COMPETENCES", schema = AssessmentRequest.Competences.class),
                @DiscriminatorMapping(value = "RIASEC", schema = AssessmentRequest.Riasec.class),
                @DiscriminatorMapping(value = "WORK_PREFERENCES", schema = AssessmentRequest.WorkPreferences.class),
                @DiscriminatorMapping(value = "PHYSICAL_LIMITS", schema = AssessmentRequest.PhysicalLimits.class),
                @DiscriminatorMapping(value = "CERTIFICATES", schema = AssessmentRequest.Certificates.class),
                @DiscriminatorMapping(value = "IN_DEPTH_DIAGNOSIS", schema = AssessmentRequest.InDepthDiagnosis.class)})
public sealed interface AssessmentRequest {

    /** Every instrument result is dated no later than today (the Amsterdam date). */
    String NOT_IN_FUTURE = "must not be in the future";

    LocalDate assessedOn();

    InstrumentResult toResult();

    @Schema(name = "ParticipationLadderAssessment", description = "Participatieladder: 1 isolated ... 6 paid work")
    record ParticipationLadder(@NotNull @PastOrPresent(message = NOT_IN_FUTURE) LocalDate assessedOn, @Min(1) @Max(6) int step) implements AssessmentRequest {
        public InstrumentResult toResult() {
            return new InstrumentResult.ParticipationLadder(step);
        }
    }

    @Schema(name = "ZrmAssessment", description = "Zelfredzaamheid-matrix: every life domain scored 1 (acute problems) to 5 (self-sufficient)")
    record Zrm(@NotNull @PastOrPresent(message = NOT_IN_FUTURE) LocalDate assessedOn, @NotNull @Size(max = 12) Map<ZrmDomain, @NotNull @Min(1) @Max(5) Integer> scores) implements AssessmentRequest {
        public InstrumentResult toResult() {
            EnumSet<ZrmDomain> missing = EnumSet.allOf(ZrmDomain.class);
            missing.removeAll(scores.keySet());
            if (!missing.isEmpty()) {
                throw ProblemException.invalid("scores", "must score every life domain; missing " + missing);
            }
            return new InstrumentResult.Zrm(scores);
        }
    }

    @Schema(name = "WageValueAssessment", description = "Loonwaarde: % of normal productivity")
    record WageValue(@NotNull @PastOrPresent(message = NOT_IN_FUTURE) LocalDate assessedOn, @Min(0) @Max(100) int percent) implements AssessmentRequest {
        public InstrumentResult toResult() {
            return new InstrumentResult.WageValue(percent);
        }
    }

    @Schema(name = "CompetencesAssessment", description = "The four employee competences, each 1 (weak) to 5 (strong)")
    record Competences(@NotNull @PastOrPresent(message = NOT_IN_FUTURE) LocalDate assessedOn, @Min(1) @Max(5) int socialSkills, @Min(1) @Max(5) int motivation,
            @Min(1) @Max(5) int workSkills, @Min(1) @Max(5) int learningAttitude) implements AssessmentRequest {
        public InstrumentResult toResult() {
            return new InstrumentResult.Competences(socialSkills, motivation, workSkills, learningAttitude);
        }
    }

    @Schema(name = "RiasecAssessment", description = "Interest test: scores 0-100 for R, I, A, S, E, C")
    record Riasec(@NotNull @PastOrPresent(message = NOT_IN_FUTURE) LocalDate assessedOn,
            @NotEmpty @Size(max = 6) Map<@NotNull @Size(max = 1) @Pattern(regexp = "[RIASEC]", message = "must be one of R, I, A, S, E, C") String,
                    @NotNull @Min(0) @Max(100) Integer> scores) implements AssessmentRequest {
        public InstrumentResult toResult() {
            return new InstrumentResult.Riasec(scores);
        }
    }

    @Schema(name = "WorkPreferencesAssessment", description = "Work types, hours a week, home postcode and maximum travel time")
    record WorkPreferences(@NotNull @PastOrPresent(message = NOT_IN_FUTURE) LocalDate assessedOn, @NotNull @Size(max = 20) List<@NotBlank @Size(max = 100) String> workTypes,
            @Min(1) @Max(48) int hoursPerWeek,
            @NotNull @Size(max = 7) @Pattern(regexp = "[1-9][0-9]{3} ?[A-Z]{2}", message = "must be a Dutch postcode such as 3511 AB") String postcode,
            @Min(0) @Max(240) int maxTravelMinutes) implements AssessmentRequest {
        public InstrumentResult toResult() {
            return new InstrumentResult.WorkPreferences(workTypes, hoursPerWeek, postcode.replace(" ", ""), maxTravelMinutes);
        }
    }

    @Schema(name = "PhysicalLimitsAssessment", description = "What the work must not demand")
    record PhysicalLimits(@NotNull @PastOrPresent(message = NOT_IN_FUTURE) LocalDate assessedOn, @NotNull @Size(max = 6) List<@NotNull PhysicalLimit> limits) implements AssessmentRequest {
        public InstrumentResult toResult() {
            return new InstrumentResult.PhysicalLimits(limits);
        }
    }

    @Schema(name = "CertificatesAssessment", description = "Certificates and diplomas, e.g. VCA, MBO-2 Groen")
    record Certificates(@NotNull @PastOrPresent(message = NOT_IN_FUTURE) LocalDate assessedOn, @NotNull @Size(max = 50) List<@NotBlank @Size(max = 100) String> certificates)
            implements AssessmentRequest {
        public InstrumentResult toResult() {
            return new InstrumentResult.Certificates(certificates);
        }
    }

    @Schema(name = "InDepthDiagnosisAssessment", description = "Flag for an in-depth diagnosis by a psychologist, company doctor or labour expert")
    record InDepthDiagnosis(@NotNull @PastOrPresent(message = NOT_IN_FUTURE) LocalDate assessedOn, boolean needed, InstrumentResult.DiagnosisDiscipline discipline,
            @Size(max = 2000) String note) implements AssessmentRequest {
        public InstrumentResult toResult() {
            if (needed && discipline == null) {
                throw ProblemException.invalid("discipline", "must say who should do the diagnosis");
            }
            return new InstrumentResult.InDepthDiagnosis(needed, discipline, note);
        }
    }
}
