package io.kaiku.identity;

import io.kaiku.common.CallerContext;
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

/** Staff accounts and portal logins; agents may look people up, only admins change them. */
@Path("/api/v1/users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Users")
public class UserResource {
    private final UserService users;
    private final CallerContext callers;
    private final CredentialContext credentials;

    public UserResource(UserService users, CallerContext callers, CredentialContext credentials) {
        this.users = users;
        this.callers = callers;
        this.credentials = credentials;
    }

    @GET
    @RolesAllowed(Role.AGENT)
    public UserPage listUsers(
            @QueryParam("q") @Size(max = 200) String q,
            @QueryParam("role") Role role,
            @QueryParam("active") Boolean active,
            @QueryParam("cursor") @Size(max = 500) String cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(Paging.MAX_LIMIT) int limit) {
        return users.list(q, role, active, cursor, limit);
    }

    @POST
    @RolesAllowed(Role.ADMIN)
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = UserView.class)))
    @APIResponse(ref = "Conflict", responseCode = "409")
    public RestResponse<UserView> createUser(@Valid @NotNull CreateUserRequest request, @Context UriInfo uri) {
        credentials.requireScope(ApiTokenScope.users);
        UserView created = users.create(request);
        return Created.at(uri, created.id(), created);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Role.AGENT)
    public UserView getUser(@PathParam("id") long id) {
        return users.get(id);
    }

    @PATCH
    @Path("/{id}")
    @RolesAllowed(Role.ADMIN)
    @APIResponse(
            responseCode = "200",
            description = "OK",
            content = @Content(schema = @Schema(implementation = UserView.class)))
    @APIResponse(ref = "Conflict", responseCode = "409")
    @APIResponse(ref = "Unprocessable", responseCode = "422")
    public UserView updateUser(@PathParam("id") long id, @Valid @NotNull UpdateUserRequest request) {
        credentials.requireScope(ApiTokenScope.users);
        return users.update(
                id, request, callers.current(), credentials.current().sessionId());
    }
}
