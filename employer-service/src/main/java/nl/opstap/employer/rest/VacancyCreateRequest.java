package nl.opstap.employer.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A new draft vacancy of an employer")
public record VacancyCreateRequest(
        @Schema(description = "The employer; an employer user may only give its own") @NotNull UUID employerId,
        @NotNull @Valid VacancyRequest vacancy) {
}
