package nl.opstap.trajectory.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

record AftercareContactRequest(
        @NotNull LocalDate contactOn,
        @NotNull @Size(max = 20) @Pattern(regexp = "PHONE|VISIT_EMPLOYER|JOBCOACHING|OTHER", message = "must be PHONE, VISIT_EMPLOYER, JOBCOACHING or OTHER")
        String kind,
        @Size(max = 4000) String notes) {
}
