package io.kaiku.customer;

import io.kaiku.common.Created;
import io.kaiku.common.IfMatch;
import io.kaiku.common.Languages;
import io.kaiku.common.Paging;
import io.kaiku.common.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** Customer records for staff; customers see their own data through the portal. */
@Path("/api/v1/customers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Customers")
@RolesAllowed(Role.AGENT)
public class CustomerResource {
    private final CustomerService customers;

    public CustomerResource(CustomerService customers) {
        this.customers = customers;
    }

    @GET
    public CustomerPage listCustomers(
            @QueryParam("q") @Size(max = 200) @Parameter(description = "A part of the name, email or phone number")
                    String q,
            @QueryParam("organizationId") Long organizationId,
            @QueryParam("cursor") @Size(max = 500) String cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(Paging.MAX_LIMIT) int limit,
            @HeaderParam("Accept-Language")
                    @Parameter(
                            description = "Names are sorted as the first language Kaiku speaks in this list sorts "
                                    + "them (en, fi, ja, hu, lv); English otherwise")
                    String acceptLanguage) {
        return customers.search(q, organizationId, cursor, limit, Languages.fromAcceptLanguage(acceptLanguage));
    }

    @POST
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = CustomerView.class)))
    @APIResponse(ref = "Conflict", responseCode = "409")
    public RestResponse<CustomerView> createCustomer(
            @Valid @NotNull CreateCustomerRequest request, @Context UriInfo uri) {
        CustomerView created = customers.create(request);
        return Created.at(uri, created.id(), created);
    }

    @GET
    @Path("/{id}")
    public CustomerView getCustomer(@PathParam("id") long id) {
        return customers.get(id);
    }

    @PATCH
    @Path("/{id}")
    @Consumes({"application/merge-patch+json", MediaType.APPLICATION_JSON})
    @APIResponse(
            responseCode = "200",
            description = "OK",
            content = @Content(schema = @Schema(implementation = CustomerView.class)))
    @APIResponse(ref = "Conflict", responseCode = "409")
    @APIResponse(ref = "PreconditionFailed", responseCode = "412")
    public CustomerView updateCustomer(
            @PathParam("id") long id,
            @HeaderParam("If-Match") @Parameter(description = "The version being edited, as its ETag") String ifMatch,
            @Valid @NotNull UpdateCustomerRequest request) {
        return customers.update(id, request, IfMatch.parse(ifMatch));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Role.MANAGER)
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(ref = "Conflict", responseCode = "409")
    public void deleteCustomer(@PathParam("id") long id) {
        customers.delete(id);
    }
}
