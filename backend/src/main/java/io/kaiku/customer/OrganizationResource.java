package io.kaiku.customer;

import io.kaiku.common.Created;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/organizations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Organizations")
@RolesAllowed(Role.AGENT)
public class OrganizationResource {
    private final OrganizationService organizations;

    public OrganizationResource(OrganizationService organizations) {
        this.organizations = organizations;
    }

    @GET
    public OrganizationPage listOrganizations(
            @QueryParam("q") @Size(max = 200) String q,
            @QueryParam("cursor") @Size(max = 500) String cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(Paging.MAX_LIMIT) int limit) {
        return organizations.list(q, cursor, limit);
    }

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

    @GET
    @Path("/{id}")
    public OrganizationView getOrganization(@PathParam("id") long id) {
        return organizations.get(id);
    }

    @PATCH
    @Path("/{id}")
    @Consumes({"application/merge-patch+json", MediaType.APPLICATION_JSON})
    @APIResponse(
            responseCode = "200",
            description = "OK",
            content = @Content(schema = @Schema(implementation = OrganizationView.class)))
    @APIResponse(ref = "Conflict", responseCode = "409")
    public OrganizationView updateOrganization(
            @PathParam("id") long id, @Valid @NotNull UpdateOrganizationRequest request) {
        return organizations.update(id, request);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Role.MANAGER)
    @APIResponse(responseCode = "204", description = "Deleted; its customers stay, without an organization")
    public void deleteOrganization(@PathParam("id") long id) {
        organizations.delete(id);
    }
}
