package nl.opstap.intake.bench;

import io.quarkus.resteasy.reactive.server.EndpointDisabled;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import nl.opstap.intake.rest.ReferralRequest;
import nl.opstap.support.security.Caller;
import nl.opstap.support.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The write-path benchmark's baseline endpoint (#12): the same body, the same token check and validation as
 * {@code POST /referrals}, then one plain Panache insert and nothing else. It exists only in the test build and answers
 * only when {@code opstap.bench.baseline-endpoint=true}, which only the benchmark's profile sets.
 */
@Path("/bench/baseline-referrals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@EndpointDisabled(name = BaselineReferralResource.ENABLED, stringValue = "false", disableIfMissing = true)
public class BaselineReferralResource {

    public static final String ENABLED = "opstap.bench.baseline-endpoint";

    private final Caller caller;

    BaselineReferralResource(Caller caller) {
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Roles.MUNICIPALITY)
    @Transactional
    @Operation(hidden = true)
    public Response refer(@NotNull @Valid ReferralRequest request) {
        BaselineReferral row = new BaselineReferral();
        row.id = UUID.randomUUID();
        row.tenant = caller.tenant();
        row.municipalityCode = caller.municipalityCode();
        row.municipalityReference = request.municipalityReference();
        row.bsn = request.bsn();
        row.givenNames = request.name().givenNames();
        row.familyName = request.name().familyName();
        row.dateOfBirth = request.dateOfBirth();
        if (request.contact() != null) {
            row.phone = request.contact().phone();
            row.email = request.contact().email();
            row.postcode = request.contact().postcode();
        }
        row.targetGroup = request.targetGroup().name();
        row.benefitSituation = request.benefitSituation().name();
        row.question = request.question();
        row.receivedAt = Instant.now();
        row.persist();
        return Response.created(URI.create("/bench/baseline-referrals/" + row.id)).entity(Map.of("id", row.id)).build();
    }
}
