package io.kaiku.ticket;

import java.util.List;

import io.kaiku.common.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A customer's compensation history across all their tickets. */
@Path("/api/v1/customers/{id}/compensations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Customers")
@RolesAllowed(Role.AGENT)
public class CustomerCompensationResource {
    private final CompensationService compensations;

    public CustomerCompensationResource(CompensationService compensations) {
        this.compensations = compensations;
    }

    @Operation(
            summary = "List a customer's compensation",
            description = "Everything given to this customer across all their tickets (refunds, credits, "
                    + "replacements, gifts, ...), newest first: check it before granting more. Role: agent, "
                    + "manager or admin.")
    @GET
    public List<CompensationView> listCustomerCompensations(@PathParam("id") long id) {
        return compensations.listForCustomer(id);
    }
}
