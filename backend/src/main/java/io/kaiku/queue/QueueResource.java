package io.kaiku.queue;

import java.util.List;

import io.kaiku.common.CallerContext;
import io.kaiku.common.Created;
import io.kaiku.common.ExpectedVersion;
import io.kaiku.common.Role;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** Problem areas: everyone signed in may read them (customers pick one in the portal); admins manage them. */
@Path("/api/v1/queues")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Queues")
public class QueueResource {
    private final QueueService queues;
    private final CallerContext callers;

    public QueueResource(QueueService queues, CallerContext callers) {
        this.queues = queues;
        this.callers = callers;
    }

    @Operation(
            summary = "List queues",
            description = "The problem areas in display order. Staff see all of them, inactive ones included; "
                    + "customers see the active ones they can choose from in the help center. Any signed-in role.")
    @GET
    @Authenticated
    public List<QueueView> listQueues() {
        return queues.list(callers.current().isCustomer());
    }

    @Operation(
            summary = "Create a queue",
            description = "Adds a problem area that tickets can be classified by. Names are unique, ignoring case "
                    + "(`409` `queue.name-taken`); without a `position` the queue goes last. Role: admin.")
    @RequestBody(
            required = true,
            content = {
                @Content(
                        mediaType = "application/json",
                        examples = {
                            @ExampleObject(name = "returns", summary = "A queue for returned goods", value = """
{
  "name": "Returns",
  "description": "Returned goods, exchanges and refunds of returned orders",
  "position": 40
}
""")
                        })
            })
    @POST
    @RolesAllowed(Role.ADMIN)
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = QueueView.class)))
    @APIResponse(ref = "Conflict", responseCode = "409")
    public RestResponse<QueueView> createQueue(@Valid @NotNull CreateQueueRequest request, @Context UriInfo uri) {
        QueueView created = queues.create(request);
        return Created.at(uri, created.id(), created);
    }

    @Operation(
            summary = "Get a queue",
            description = "One queue with its description, position and whether it is active. Role: agent, manager or"
                    + " admin.")
    @GET
    @Path("/{id}")
    @RolesAllowed(Role.AGENT)
    public QueueView getQueue(@PathParam("id") long id) {
        return queues.get(id);
    }

    @Operation(
            summary = "Update a queue",
            description = "Renames, describes, reorders or deactivates a queue; fields left out stay as they are. A "
                    + "deactivated queue keeps its tickets but takes no new ones. Role: admin.")
    @RequestBody(
            required = true,
            content = {
                @Content(
                        mediaType = "application/json",
                        examples = {
                            @ExampleObject(name = "rename", summary = "Rename and move to the top", value = """
{
  "name": "Billing and invoices",
  "position": 0
}
"""),
                            @ExampleObject(
                                    name = "deactivate",
                                    summary = "Stop using the queue for new tickets",
                                    value = """
{
  "active": false
}
""")
                        })
            })
    @PATCH
    @Path("/{id}")
    @RolesAllowed(Role.ADMIN)
    @APIResponse(
            responseCode = "200",
            description = "OK",
            content = @Content(schema = @Schema(implementation = QueueView.class)))
    @APIResponse(ref = "Conflict", responseCode = "409")
    @APIResponse(ref = "PreconditionFailed", responseCode = "412")
    public QueueView updateQueue(
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "The version being edited, as its ETag")
                    String ifMatch,
            @Valid @NotNull UpdateQueueRequest request) {
        return queues.update(id, request, ExpectedVersion.of(ifMatch, request.version()));
    }

    @Operation(
            summary = "Delete a queue",
            description = "Deletes a queue that no ticket uses. A queue in use is `409` `queue.in-use`: deactivate it"
                    + " instead. Role: admin.")
    @DELETE
    @Path("/{id}")
    @RolesAllowed(Role.ADMIN)
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(ref = "Conflict", responseCode = "409")
    public void deleteQueue(@PathParam("id") long id) {
        queues.delete(id);
    }
}
