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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
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

    @Operation(
            summary = "List my requests",
            description = "The signed-in customer's own requests, newest first, with their status and the time a "
                    + "solution was promised. Role: customer.")
    @GET
    public PortalTicketPage listMyRequests(
            @QueryParam("cursor") @Size(max = 500) String cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(Paging.MAX_LIMIT) int limit) {
        return portal.list(callers.current(), cursor, limit);
    }

    @Operation(
            summary = "Submit a request",
            description = "Opens a request from the help center for the signed-in customer (channel `web`). Pick the "
                    + "problem area from `GET /api/v1/queues` as `queueId`; files uploaded with `POST "
                    + "/api/v1/attachments` travel with the request in `attachmentIds`. The answer has the "
                    + "request's `number` to quote in later contact. Role: customer.")
    @RequestBody(
            required = true,
            content = {
                @Content(
                        mediaType = "application/json",
                        examples = {
                            @ExampleObject(
                                    name = "invoice",
                                    summary = "A billing question in the billing queue",
                                    value = """
{
  "subject": "Invoice 2026-1187 charged twice",
  "description": "<p>My card was charged twice for invoice 2026-1187 on 28 November. Please refund one of the payments.</p>",
  "queueId": 3
}
"""),
                            @ExampleObject(name = "photo", summary = "A damaged delivery, with a photo", value = """
{
  "subject": "Coffee machine arrived damaged",
  "description": "<p>The water tank is cracked; a photo is attached.</p>",
  "attachmentIds": [5810]
}
""")
                        })
            })
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

    @Operation(
            summary = "Get one of my requests",
            description = "One of the signed-in customer's requests with its status, queue and promised time. Another"
                    + " customer's request is `404`, exactly like one that does not exist. Role: customer.")
    @GET
    @Path("/{id}")
    public PortalTicketView getMyRequest(@PathParam("id") long id) {
        return portal.get(id, callers.current());
    }

    @Operation(
            summary = "Read a request's conversation",
            description = "The public replies of both sides in the order they were written, with their files. The "
                    + "service team's internal notes never appear here. Role: customer.")
    @GET
    @Path("/{id}/messages")
    public List<MessageView> listMyRequestMessages(@PathParam("id") long id) {
        return portal.messages(id, callers.current());
    }

    @Operation(
            summary = "Reply to a request",
            description = "Adds the customer's reply (HTML, sanitised on arrival) with optional files. A reply "
                    + "reopens a solved or pending request; a closed request cannot be answered (`422` "
                    + "`ticket.closed`): submit a new one. Role: customer.")
    @RequestBody(
            required = true,
            content = {
                @Content(
                        mediaType = "application/json",
                        examples = {
                            @ExampleObject(
                                    name = "thanks",
                                    summary = "The customer confirms the refund arrived",
                                    value = """
{
  "body": "<p>Thank you, the refund arrived today.</p>"
}
"""),
                            @ExampleObject(name = "file", summary = "The customer sends a receipt", value = """
{
  "body": "<p>Here is the receipt you asked for.</p>",
  "attachmentIds": [5811]
}
""")
                        })
            })
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
