package io.kaiku.ticket;

import io.kaiku.common.CallerContext;
import io.kaiku.common.Paging;
import io.kaiku.common.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Compensations across tickets, and the manager's decision on those that need approval. */
@Path("/api/v1/compensations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tickets")
public class CompensationResource {
    private final CompensationService compensations;
    private final CallerContext callers;

    public CompensationResource(CompensationService compensations, CallerContext callers) {
        this.compensations = compensations;
        this.callers = callers;
    }

    @GET
    @RolesAllowed(Role.AGENT)
    @Operation(
            summary = "List compensations by approval state",
            description = "For managers, the compensations waiting for a decision (`approval=pending`, the default),"
                    + " oldest first.")
    public CompensationPage listCompensationsByApproval(
            @QueryParam("approval") @DefaultValue("pending") CompensationApproval approval,
            @QueryParam("cursor") @Size(max = 500) String cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(Paging.MAX_LIMIT) int limit) {
        return compensations.listByApproval(approval, cursor, limit);
    }

    @POST
    @Path("/{id}/approve")
    @RolesAllowed(Role.MANAGER)
    @Operation(
            summary = "Approve a compensation",
            description = "Only a compensation waiting for approval can be approved.")
    @APIResponse(
            responseCode = "200",
            description = "Approved",
            content = @Content(schema = @Schema(implementation = CompensationView.class)))
    @APIResponse(ref = "Unprocessable", responseCode = "422")
    public CompensationView approveCompensation(@PathParam("id") long id) {
        return compensations.decide(id, true, callers.current());
    }

    @POST
    @Path("/{id}/reject")
    @RolesAllowed(Role.MANAGER)
    @Operation(
            summary = "Reject a compensation",
            description = "Only a compensation waiting for approval can be rejected.")
    @APIResponse(
            responseCode = "200",
            description = "Rejected",
            content = @Content(schema = @Schema(implementation = CompensationView.class)))
    @APIResponse(ref = "Unprocessable", responseCode = "422")
    public CompensationView rejectCompensation(@PathParam("id") long id) {
        return compensations.decide(id, false, callers.current());
    }
}
