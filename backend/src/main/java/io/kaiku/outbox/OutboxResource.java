package io.kaiku.outbox;

import java.util.List;

import io.kaiku.common.Paging;
import io.kaiku.common.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** For admins: how the consumers of ticket events are doing, and the events they could not handle. */
@Path("/api/v1/outbox")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Outbox")
@RolesAllowed(Role.ADMIN)
public class OutboxResource {
    private final OutboxService outbox;

    public OutboxResource(OutboxService outbox) {
        this.outbox = outbox;
    }

    @GET
    @Path("/consumers")
    @Operation(
            summary = "List event consumers",
            description = "Every consumer of events (inbox counts, mail, webhooks, ...) with how many events it has"
                    + " handled, how many wait for it, and how many it set aside.")
    public List<OutboxConsumerView> listOutboxConsumers() {
        return outbox.consumers();
    }

    @GET
    @Path("/failures")
    @Operation(
            summary = "List set-aside events",
            description = "Events a consumer could not handle. They are retried with exponential backoff; after"
                    + " too many attempts they are dead and wait for an admin to retry or discard them.")
    public OutboxFailurePage listOutboxFailures(
            @QueryParam("dead") @Parameter(description = "Only dead (true) or only retrying (false) events")
                    Boolean dead,
            @QueryParam("consumer") @Size(max = 60) String consumer,
            @QueryParam("cursor") @Size(max = 500) String cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(Paging.MAX_LIMIT) int limit) {
        return outbox.failures(dead, consumer, cursor, limit);
    }

    @POST
    @Path("/failures/{id}/retry")
    @Operation(
            summary = "Retry a set-aside event now",
            description = "Hands the event to its consumer again at once, also when it is dead.")
    public OutboxRetryResult retryOutboxFailure(@PathParam("id") long id) {
        return outbox.retry(id);
    }

    @DELETE
    @Path("/failures/{id}")
    @Operation(summary = "Discard a set-aside event", description = "The consumer will never handle this event.")
    @APIResponse(responseCode = "204", description = "Discarded")
    public void discardOutboxFailure(@PathParam("id") long id) {
        outbox.discard(id);
    }
}
