package io.kaiku.report;

import io.kaiku.common.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** How much open work each agent and queue has. */
@Path("/api/v1/workload")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tickets")
@RolesAllowed(Role.AGENT)
public class WorkloadResource {
    private final WorkloadService workload;

    public WorkloadResource(WorkloadService workload) {
        this.workload = workload;
    }

    @Operation(
            summary = "Get the workload",
            description = "How much open work is left: the unsolved tickets of each agent, the unassigned ones and "
                    + "those of each queue, broken down by status and priority. Role: agent, manager or admin.")
    @GET
    public Workload getWorkload() {
        return workload.workload();
    }
}
