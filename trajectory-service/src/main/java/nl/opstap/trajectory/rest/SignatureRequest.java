package nl.opstap.trajectory.rest;

import jakarta.validation.constraints.NotNull;
import nl.opstap.trajectory.domain.Signer;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

record SignatureRequest(@Schema(description = "Whose signature is recorded: the client's or the coach's") @NotNull Signer signer) {
}
