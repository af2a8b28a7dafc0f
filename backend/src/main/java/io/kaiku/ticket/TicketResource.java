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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
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
    static final String EXAMPLE_TICKET_STATUS = """
{
  "status": "pending"
}
""";

    static final String EXAMPLE_TICKET_PROMISE = """
{
  "assigneeId": 12,
  "priority": "high",
  "promisedBy": "2026-12-04T15:00:00Z",
  "agreedSolution": "Refund the second payment of invoice 2026-1187 to the customer's card.",
  "followUpAt": "2026-12-11T09:00:00Z",
  "tags": ["billing", "double-charge"]
}
""";

    static final String EXAMPLE_TICKET_SOLVE = """
{
  "status": "solved",
  "resolutionSummary": "The duplicate payment was refunded on 3 December.",
  "preventionSuggestion": "Disable the pay button while a card payment is being processed."
}
""";

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

    @Operation(
            summary = "List tickets",
            description = "The universal inbox, a page at a time. Filters combine; repeat `status` or `priority` for "
                    + "several values. `assignee` is a user id, `me` or `unassigned`. `q` finds words in the "
                    + "subject, description and conversation, or a ticket by its number (`KA-000123`). "
                    + "`sort=priority` (the default) puts the most urgent tickets first (a customer losing money "
                    + "because of us is always urgent), oldest first within a priority; `created` and `updated` "
                    + "put the newest first. Role: agent, manager or admin.")
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

    @Operation(
            summary = "Open a ticket",
            description = "Logs a contact (a phone call, a visit, an email, a message from your shop system) as a "
                    + "ticket of an existing customer; create the customer first with `POST /api/v1/customers`. "
                    + "You are recorded as the employee who received it unless `receivedById` names someone else."
                    + " `customerLosingMoney` makes the ticket urgent. The answer has the ticket's `number` to "
                    + "give to the customer. Role: agent, manager or admin.")
    @RequestBody(
            required = true,
            content = {
                @Content(
                        mediaType = "application/json",
                        examples = {
                            @ExampleObject(
                                    name = "phone",
                                    summary = "A phone call about a double charge, with what was promised",
                                    value = """
{
  "subject": "Invoice charged twice",
  "description": "<p>The customer was charged twice for invoice 2026-1187 and needs the money back before the weekend.</p>",
  "channel": "phone",
  "customerId": 4711,
  "customerLosingMoney": true,
  "queueId": 3,
  "tags": ["billing"],
  "promisedBy": "2026-12-04T15:00:00Z",
  "agreedSolution": "Refund the second payment to the customer's card.",
  "followUpAt": "2026-12-11T09:00:00Z"
}
"""),
                            @ExampleObject(
                                    name = "shop",
                                    summary = "A shop system reports a failed delivery",
                                    value = """
{
  "subject": "Order 88213 returned to sender",
  "description": "The carrier returned order 88213: address not found.",
  "channel": "api",
  "customerId": 4711,
  "priority": "normal",
  "tags": ["delivery", "order-88213"]
}
""")
                        })
            })
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

    @Operation(
            summary = "Count tickets per view",
            description = "The numbers shown beside the inbox views: your open tickets, unassigned, all open, pending"
                    + " and solved, and the open tickets of each queue. Open means not yet solved: new, open, "
                    + "pending or on hold. Role: agent, manager or admin.")
    @GET
    @Path("/counts")
    public TicketCounts countTickets() {
        return counts.counts(callers.current());
    }

    @Operation(
            summary = "Get a ticket",
            description = "The complete complaint record: the customer, who received the contact, status, priority, "
                    + "queue, assignee, what was promised and by when, the agreed solution, the follow-up time, "
                    + "the resolution and how to prevent the problem. The `ETag` header is the version to send as"
                    + " `If-Match` when you change it. Role: agent, manager or admin.")
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

    @Operation(
            summary = "Update a ticket",
            description = "A JSON merge patch: fields left out stay as they are, fields sent as `null` are cleared; "
                    + "`subject`, `status`, `priority`, `channel`, `customerId` and `customerLosingMoney` cannot "
                    + "be cleared. Every change is recorded in the ticket's history. Send the `ETag` from `GET` "
                    + "as `If-Match`: a stale one is `412` and nothing changes (a stale `version` in the body is "
                    + "`409`). A ticket cannot go back to `new`, must be `solved` before `closed`, and a closed "
                    + "ticket cannot change (`422`). Role: agent, manager or admin.")
    @RequestBody(
            required = true,
            content = {
                @Content(
                        mediaType = "application/merge-patch+json",
                        examples = {
                            @ExampleObject(
                                    name = "status",
                                    summary = "Wait for the customer",
                                    value = EXAMPLE_TICKET_STATUS),
                            @ExampleObject(
                                    name = "promise",
                                    summary = "Assign, promise a solution and plan a follow-up",
                                    value = EXAMPLE_TICKET_PROMISE),
                            @ExampleObject(
                                    name = "solve",
                                    summary = "Solve with a summary and a prevention suggestion",
                                    value = EXAMPLE_TICKET_SOLVE)
                        }),
                @Content(
                        mediaType = "application/json",
                        examples = {
                            @ExampleObject(
                                    name = "status",
                                    summary = "Wait for the customer",
                                    value = EXAMPLE_TICKET_STATUS),
                            @ExampleObject(
                                    name = "promise",
                                    summary = "Assign, promise a solution and plan a follow-up",
                                    value = EXAMPLE_TICKET_PROMISE),
                            @ExampleObject(
                                    name = "solve",
                                    summary = "Solve with a summary and a prevention suggestion",
                                    value = EXAMPLE_TICKET_SOLVE)
                        })
            })
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

    @Operation(
            summary = "Read a ticket's conversation",
            description = "The replies and internal notes in the order they were written, with who wrote them and "
                    + "their files. Role: agent, manager or admin.")
    @GET
    @Path("/{id}/messages")
    public List<MessageView> listMessages(@PathParam("id") long id) {
        return conversation.list(id, callers.current());
    }

    @Operation(
            summary = "Reply or add a note",
            description = "A `reply` goes to the customer and shows in the help center; a `note` stays internal. The "
                    + "body is HTML and is sanitised on arrival (scripts, styles and unsafe links are removed). "
                    + "The first staff reply records the first response time and moves a new ticket to open; set "
                    + "`status` to change the status in the same step (reply and solve). Attach files uploaded "
                    + "with `POST /api/v1/attachments` by id. A closed ticket takes no messages (`422`). Role: "
                    + "agent, manager or admin.")
    @RequestBody(
            required = true,
            content = {
                @Content(
                        mediaType = "application/json",
                        examples = {
                            @ExampleObject(
                                    name = "solve",
                                    summary = "Reply to the customer and solve the ticket",
                                    value = """
{
  "kind": "reply",
  "body": "<p>Hello Aino,</p><p>we have refunded the second payment; it will be on your card within three banking days.</p><p>Best regards,<br>Kaiku support</p>",
  "status": "solved"
}
"""),
                            @ExampleObject(
                                    name = "note",
                                    summary = "An internal note with the bank's confirmation",
                                    value = """
{
  "kind": "note",
  "body": "<p>Refund confirmed by the bank, reference RF18 5390 0754 7034.</p>",
  "attachmentIds": [5812]
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
    public RestResponse<MessageView> addMessage(
            @PathParam("id") long id, @Valid @NotNull CreateMessageRequest request, @Context UriInfo uri) {
        MessageView created = conversation.add(
                id,
                new NewMessage(request.kind(), request.body(), request.attachmentIds(), request.status()),
                callers.current());
        return Created.at(uri, created.id(), created);
    }

    @Operation(
            summary = "Read a ticket's history",
            description = "Every action taken on the ticket, oldest first: its creation, changes of status, priority,"
                    + " assignee, queue, customer, tags and other fields, messages and compensation, with who did"
                    + " it and when. Role: agent, manager or admin.")
    @GET
    @Path("/{id}/events")
    public List<TicketEventView> listTicketEvents(@PathParam("id") long id) {
        return timeline.timeline(id);
    }

    @Operation(
            summary = "List a ticket's compensation",
            description = "What the customer was given for this ticket, newest first. Role: agent, manager or admin.")
    @GET
    @Path("/{id}/compensations")
    public List<CompensationView> listCompensations(@PathParam("id") long id) {
        return compensations.listForTicket(id);
    }

    @Operation(
            summary = "Record compensation",
            description = "Records what the customer was given (money, a refund, a credit, a replacement, a discount "
                    + "or a gift) and why. An `amount` needs its ISO 4217 `currency`, and a `monetary` "
                    + "compensation needs an amount. Above the configured amount (100 by default, in the "
                    + "compensation's currency) it waits for a manager's approval (`approval` is `pending`), "
                    + "unless a manager or admin records it, which approves it at once. `grantedOn` defaults to "
                    + "today (UTC). The ticket's history records it. Role: agent, manager or admin.")
    @RequestBody(
            required = true,
            content = {
                @Content(
                        mediaType = "application/json",
                        examples = {
                            @ExampleObject(name = "refund", summary = "A refund of a double charge", value = """
{
  "kind": "refund",
  "amount": 49.90,
  "currency": "EUR",
  "reason": "The customer was charged twice for invoice 2026-1187.",
  "grantedOn": "2026-12-03"
}
"""),
                            @ExampleObject(name = "gift", summary = "A gift without an amount", value = """
{
  "kind": "gift",
  "reason": "A bag of coffee for the trouble with the late delivery."
}
""")
                        })
            })
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
