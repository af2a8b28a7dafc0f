package io.kaiku.queue;

import java.util.List;

import io.kaiku.common.CallerContext;
import io.kaiku.common.Created;
import io.kaiku.common.Role;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
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

    @GET
    @Authenticated
    public List<QueueView> listQueues() {
        return queues.list(callers.current().isCustomer());
    }

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

    @GET
    @Path("/{id}")
    @RolesAllowed(Role.AGENT)
    public QueueView getQueue(@PathParam("id") long id) {
        return queues.get(id);
    }

    @PATCH
    @Path("/{id}")
    @RolesAllowed(Role.ADMIN)
    @APIResponse(
            responseCode = "200",
            description = "OK",
            content = @Content(schema = @Schema(implementation = QueueView.class)))
    @APIResponse(ref = "Conflict", responseCode = "409")
    public QueueView updateQueue(@PathParam("id") long id, @Valid @NotNull UpdateQueueRequest request) {
        return queues.update(id, request);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Role.ADMIN)
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(ref = "Conflict", responseCode = "409")
    public void deleteQueue(@PathParam("id") long id) {
        queues.delete(id);
    }
}
