package nl.opstap.trajectory.rest;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import nl.opstap.trajectory.domain.SignatureMethod;
import nl.opstap.trajectory.domain.Signer;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A signature on the current plan version. For the client's, say how the client signed and when: "
        + "the plan must show that the client agreed, not only that a professional clicked.")
record SignatureRequest(
        @Schema(description = "Whose signature is recorded: the client's or the coach's") @NotNull Signer signer,
        @Schema(description = "How the client signed; required for, and only for, the client's signature") SignatureMethod method,
        @Schema(description = "The day the client signed; default today (Amsterdam date); not before the plan version existed, "
                + "not after today") LocalDate signedOn) {
}
