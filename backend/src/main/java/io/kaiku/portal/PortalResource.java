package io.kaiku.portal;

import java.util.List;

import io.kaiku.common.CallerContext;
import io.kaiku.common.Created;
import io.kaiku.common.Paging;
import io.kaiku.common.Role;
import io.kaiku.ticket.MessageView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** The customer portal's API: a customer's own requests. Another customer's request is "not found". */
@Path("/api/v1/portal/tickets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Portal")
@RolesAllowed(Role.CUSTOMER)
public class PortalResource {
    private final PortalService portal;
    private final CallerContext callers;

    public PortalResource(PortalService portal, CallerContext callers) {
        this.portal = portal;
        this.callers = callers;
    }

    @GET
    public PortalTicketPage listMyRequests(
            @QueryParam("cursor") @Size(max = 500) String cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(Paging.MAX_LIMIT) int limit) {
        return portal.list(callers.current(), cursor, limit);
    }

    @POST
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = PortalTicketView.class)))
    public RestResponse<PortalTicketView> submitRequest(
            @Valid @NotNull SubmitRequestRequest request, @Context UriInfo uri) {
        PortalTicketView created = portal.submit(request, callers.current());
        return Created.at(uri, created.id(), created);
    }

    @GET
    @Path("/{id}")
    public PortalTicketView getMyRequest(@PathParam("id") long id) {
        return portal.get(id, callers.current());
    }

    @GET
    @Path("/{id}/messages")
    public List<MessageView> listMyRequestMessages(@PathParam("id") long id) {
        return portal.messages(id, callers.current());
    }

    @POST
    @Path("/{id}/messages")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = MessageView.class)))
    @APIResponse(ref = "Unprocessable", responseCode = "422")
    public RestResponse<MessageView> replyToMyRequest(
            @PathParam("id") long id, @Valid @NotNull PortalReplyRequest request, @Context UriInfo uri) {
        MessageView created = portal.reply(id, request, callers.current());
        return Created.at(uri, created.id(), created);
    }
}
