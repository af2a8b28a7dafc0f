package io.kaiku.ticket;

import java.time.Instant;
import java.util.List;

import io.kaiku.common.CallerContext;
import io.kaiku.common.Created;
import io.kaiku.common.IfMatch;
import io.kaiku.common.Paging;
import io.kaiku.common.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** Tickets for staff and tools: the universal inbox, the complaint record and its conversation. */
@Path("/api/v1/tickets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Tickets")
@RolesAllowed(Role.AGENT)
public class TicketResource {
    private final TicketService tickets;
    private final TicketSearch search;
    private final TicketCountService counts;
    private final ConversationService conversation;
    private final TicketTimelineService timeline;
    private final CompensationService compensations;
    private final CallerContext callers;

    public TicketResource(
            TicketService tickets,
            TicketSearch search,
            TicketCountService counts,
            ConversationService conversation,
            TicketTimelineService timeline,
            CompensationService compensations,
            CallerContext callers) {
        this.tickets = tickets;
        this.search = search;
        this.counts = counts;
        this.conversation = conversation;
        this.timeline = timeline;
        this.compensations = compensations;
        this.callers = callers;
    }

    @GET
    public TicketPage listTickets(
            @QueryParam("status") @Parameter(description = "Repeat for several") List<TicketStatus> status,
            @QueryParam("priority") @Parameter(description = "Repeat for several") List<TicketPriority> priority,
            @QueryParam("queueId") Long queueId,
            @QueryParam("assignee") @Size(max = 20) @Parameter(description = "A user id, `me` or `unassigned`")
                    String assignee,
            @QueryParam("customerId") Long customerId,
            @QueryParam("tag") @Size(max = 50) String tag,
            @QueryParam("channel") Channel channel,
            @QueryParam("createdFrom") Instant createdFrom,
            @QueryParam("createdTo") Instant createdTo,
            @QueryParam("updatedFrom") Instant updatedFrom,
            @QueryParam("updatedTo") Instant updatedTo,
            @QueryParam("q")
                    @Size(max = 200)
                    @Parameter(
                            description = "Words in the subject, description or messages, or a number like KA-000123")
                    String q,
            @QueryParam("sort") @DefaultValue("priority") TicketSort sort,
            @QueryParam("cursor") @Size(max = 500) String cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(Paging.MAX_LIMIT) int limit) {
        TicketFilter filter = new TicketFilter(
                status,
                priority,
                queueId,
                assignee,
                customerId,
                tag,
                channel,
                createdFrom,
                createdTo,
                updatedFrom,
                updatedTo,
                q,
                sort,
                cursor,
                limit);
        return search.list(filter, callers.current());
    }

    @POST
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = TicketView.class)))
    @APIResponse(ref = "Unprocessable", responseCode = "422")
    public RestResponse<TicketView> openTicket(@Valid @NotNull CreateTicketRequest request, @Context UriInfo uri) {
        TicketView created = tickets.open(request, callers.current());
        return Created.at(uri, created.id(), created);
    }

    @GET
    @Path("/counts")
    public TicketCounts countTickets() {
        return counts.counts(callers.current());
    }

    @GET
    @Path("/{id}")
    @APIResponse(
            responseCode = "200",
            description = "OK; the ETag is the version to send in If-Match",
            headers =
                    @Header(
                            name = "ETag",
                            schema =
                                    @Schema(
                                            type =
                                                    org.eclipse.microprofile.openapi.annotations.enums.SchemaType
                                                            .STRING)),
            content = @Content(schema = @Schema(implementation = TicketView.class)))
    public RestResponse<TicketView> getTicket(@PathParam("id") long id) {
        return withEtag(tickets.get(id));
    }

    @PATCH
    @Path("/{id}")
    @Consumes({"application/merge-patch+json", MediaType.APPLICATION_JSON})
    @APIResponse(
            responseCode = "200",
            description = "OK",
            headers =
                    @Header(
                            name = "ETag",
                            schema =
                                    @Schema(
                                            type =
                                                    org.eclipse.microprofile.openapi.annotations.enums.SchemaType
                                                            .STRING)),
            content = @Content(schema = @Schema(implementation = TicketView.class)))
    @APIResponse(ref = "Conflict", responseCode = "409")
    @APIResponse(ref = "PreconditionFailed", responseCode = "412")
    @APIResponse(ref = "Unprocessable", responseCode = "422")
    public RestResponse<TicketView> updateTicket(
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "The version being edited, as its ETag")
                    String ifMatch,
            @Valid @NotNull UpdateTicketRequest request) {
        return withEtag(tickets.update(id, request, ifMatch, callers.current()));
    }

    @GET
    @Path("/{id}/messages")
    public List<MessageView> listMessages(@PathParam("id") long id) {
        return conversation.list(id, callers.current());
    }

    @POST
    @Path("/{id}/messages")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = MessageView.class)))
    @APIResponse(ref = "Unprocessable", responseCode = "422")
    public RestResponse<MessageView> addMessage(
            @PathParam("id") long id, @Valid @NotNull CreateMessageRequest request, @Context UriInfo uri) {
        MessageView created = conversation.add(
                id,
                new NewMessage(request.kind(), request.body(), request.attachmentIds(), request.status()),
                callers.current());
        return Created.at(uri, created.id(), created);
    }

    @GET
    @Path("/{id}/events")
    public List<TicketEventView> listTicketEvents(@PathParam("id") long id) {
        return timeline.timeline(id);
    }

    @GET
    @Path("/{id}/compensations")
    public List<CompensationView> listCompensations(@PathParam("id") long id) {
        return compensations.listForTicket(id);
    }

    @POST
    @Path("/{id}/compensations")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = CompensationView.class)))
    public RestResponse<CompensationView> addCompensation(
            @PathParam("id") long id, @Valid @NotNull CreateCompensationRequest request, @Context UriInfo uri) {
        CompensationView created = compensations.add(id, request, callers.current());
        return Created.at(uri, created.id(), created);
    }

    private static RestResponse<TicketView> withEtag(TicketView view) {
        return RestResponse.ResponseBuilder.ok(view)
                .header(HttpHeaders.ETAG, IfMatch.etag(view.version()))
                .build();
    }
}
