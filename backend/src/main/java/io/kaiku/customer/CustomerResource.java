package io.kaiku.customer;

import io.kaiku.common.Created;
import io.kaiku.common.ExpectedVersion;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
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
    static final String EXAMPLE_CUSTOMER_PATCH = """
{
  "phone": "+358 50 765 4321",
  "address": {
    "street": "Hämeenkatu 10 B 12",
    "postalCode": "33100",
    "city": "Tampere",
    "country": "FI"
  },
  "notes": null
}
""";

    private final CustomerService customers;

    public CustomerResource(CustomerService customers) {
        this.customers = customers;
    }

    @Operation(
            summary = "Search customers",
            description = "Customers in name order, a page at a time. `q` matches a part of the name or email, "
                    + "ignoring case, or, with at least three digits, a part of the phone number however it is "
                    + "written (`40 123` finds `+358 40 123 4567`). `organizationId` keeps one organization's "
                    + "customers. Role: agent, manager or admin.")
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

    @Operation(
            summary = "Create a customer",
            description = "Records a person who contacted you. Only `name` is required: callers often give just part "
                    + "of their details, and the rest can be added later. An email belongs to one customer only "
                    + "(`409` `customer.email-taken`), so look for an existing record with `GET "
                    + "/api/v1/customers?q=` first. Role: agent, manager or admin.")
    @RequestBody(
            required = true,
            content = {
                @Content(
                        mediaType = "application/json",
                        examples = {
                            @ExampleObject(
                                    name = "full",
                                    summary = "A customer with contact details and an address",
                                    value = """
{
  "name": "Aino Virtanen",
  "email": "aino.virtanen@example.com",
  "phone": "+358 40 123 4567",
  "address": {
    "street": "Mannerheimintie 12 A 5",
    "postalCode": "00100",
    "city": "Helsinki",
    "country": "FI"
  },
  "organizationId": 7,
  "language": "fi",
  "notes": "Prefers a call back in the afternoon."
}
"""),
                            @ExampleObject(
                                    name = "caller",
                                    summary = "Someone who called and gave a name and a number",
                                    value = """
{
  "name": "Kenji Sato",
  "phone": "+81 3-1234-5678",
  "language": "ja"
}
""")
                        })
            })
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

    @Operation(
            summary = "Get a customer",
            description = "One customer record with its organization and whether the customer can sign in to the help"
                    + " center. `version` is what `PATCH` checks. Role: agent, manager or admin.")
    @GET
    @Path("/{id}")
    public CustomerView getCustomer(@PathParam("id") long id) {
        return customers.get(id);
    }

    @Operation(
            summary = "Update a customer",
            description = "A JSON merge patch: fields left out stay as they are, fields sent as `null` are cleared "
                    + "(`name` cannot be). An `address` replaces the whole address. Send the `version` you edited"
                    + " as `If-Match` (or in the body) to be told with `412` that someone else changed the record"
                    + " in the meantime; an email of another customer is `409`. Role: agent, manager or admin.")
    @RequestBody(
            required = true,
            content = {
                @Content(
                        mediaType = "application/merge-patch+json",
                        examples = {
                            @ExampleObject(
                                    name = "move",
                                    summary = "The customer moved and has a new number; the notes are cleared",
                                    value = EXAMPLE_CUSTOMER_PATCH)
                        }),
                @Content(
                        mediaType = "application/json",
                        examples = {
                            @ExampleObject(
                                    name = "move",
                                    summary = "The customer moved and has a new number; the notes are cleared",
                                    value = EXAMPLE_CUSTOMER_PATCH)
                        })
            })
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
        return customers.update(id, request, ExpectedVersion.of(ifMatch, request.version));
    }

    @Operation(
            summary = "Delete a customer",
            description = "Deletes a customer record that nothing refers to, such as one created by mistake. A "
                    + "customer with tickets or a help-center login cannot be deleted (`409` "
                    + "`conflict.referenced`): their history has to stay complete. Role: manager or admin.")
    @DELETE
    @Path("/{id}")
    @RolesAllowed(Role.MANAGER)
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(ref = "Conflict", responseCode = "409")
    public void deleteCustomer(@PathParam("id") long id) {
        customers.delete(id);
    }
}
