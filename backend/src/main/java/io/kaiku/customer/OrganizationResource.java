package io.kaiku.customer;

import io.kaiku.common.Created;
import io.kaiku.common.ExpectedVersion;
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

@Path("/api/v1/organizations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Organizations")
@RolesAllowed(Role.AGENT)
public class OrganizationResource {
    static final String EXAMPLE_ORGANIZATION_PATCH = """
{
  "domains": ["esimerkki.fi", "esimerkki.se"],
  "notes": null
}
""";

    private final OrganizationService organizations;

    public OrganizationResource(OrganizationService organizations) {
        this.organizations = organizations;
    }

    @Operation(
            summary = "Search organizations",
            description = "Organizations in name order, a page at a time; `q` matches a part of the name, ignoring "
                    + "case. Role: agent, manager or admin.")
    @GET
    public OrganizationPage listOrganizations(
            @QueryParam("q") @Size(max = 200) String q,
            @QueryParam("cursor") @Size(max = 500) String cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(Paging.MAX_LIMIT) int limit) {
        return organizations.list(q, cursor, limit);
    }

    @Operation(
            summary = "Create an organization",
            description = "A company your customers belong to, with the email domains it uses. Names are unique, "
                    + "ignoring case (`409` `organization.name-taken`). Role: agent, manager or admin.")
    @RequestBody(
            required = true,
            content = {
                @Content(
                        mediaType = "application/json",
                        examples = {
                            @ExampleObject(name = "company", summary = "A company with two email domains", value = """
{
  "name": "Oy Esimerkki Ab",
  "domains": ["esimerkki.fi", "esimerkki.com"],
  "notes": "Key account; invoiced monthly."
}
""")
                        })
            })
    @POST
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = OrganizationView.class)))
    @APIResponse(ref = "Conflict", responseCode = "409")
    public RestResponse<OrganizationView> createOrganization(
            @Valid @NotNull CreateOrganizationRequest request, @Context UriInfo uri) {
        OrganizationView created = organizations.create(request);
        return Created.at(uri, created.id(), created);
    }

    @Operation(
            summary = "Get an organization",
            description = "One organization with its domains and notes. Role: agent, manager or admin.")
    @GET
    @Path("/{id}")
    public OrganizationView getOrganization(@PathParam("id") long id) {
        return organizations.get(id);
    }

    @Operation(
            summary = "Update an organization",
            description = "A JSON merge patch: fields left out stay as they are, `null` clears one (`name` cannot be "
                    + "cleared). `domains` replaces the whole list. Another organization's name is `409`. Role: "
                    + "agent, manager or admin.")
    @RequestBody(
            required = true,
            content = {
                @Content(
                        mediaType = "application/merge-patch+json",
                        examples = {
                            @ExampleObject(
                                    name = "domains",
                                    summary = "New domains; the notes are cleared",
                                    value = EXAMPLE_ORGANIZATION_PATCH)
                        }),
                @Content(
                        mediaType = "application/json",
                        examples = {
                            @ExampleObject(
                                    name = "domains",
                                    summary = "New domains; the notes are cleared",
                                    value = EXAMPLE_ORGANIZATION_PATCH)
                        })
            })
    @PATCH
    @Path("/{id}")
    @Consumes({"application/merge-patch+json", MediaType.APPLICATION_JSON})
    @APIResponse(
            responseCode = "200",
            description = "OK",
            content = @Content(schema = @Schema(implementation = OrganizationView.class)))
    @APIResponse(ref = "Conflict", responseCode = "409")
    @APIResponse(ref = "PreconditionFailed", responseCode = "412")
    public OrganizationView updateOrganization(
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "The version being edited, as its ETag")
                    String ifMatch,
            @Valid @NotNull UpdateOrganizationRequest request) {
        return organizations.update(id, request, ExpectedVersion.of(ifMatch, request.version));
    }

    @Operation(
            summary = "Delete an organization",
            description = "Deletes the organization; its customers stay, without an organization. Role: manager or "
                    + "admin.")
    @DELETE
    @Path("/{id}")
    @RolesAllowed(Role.MANAGER)
    @APIResponse(responseCode = "204", description = "Deleted; its customers stay, without an organization")
    public void deleteOrganization(@PathParam("id") long id) {
        organizations.delete(id);
    }
}
