package io.kaiku.identity;

import io.kaiku.common.CallerContext;
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

    @Operation(
            summary = "List users",
            description = "Staff accounts and help-center logins in name order; filter by a part of the name or email"
                    + " (`q`), by `role` or by `active`. Agents use it to pick an assignee. Role: agent, manager "
                    + "or admin.")
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

    @Operation(
            summary = "Create a user",
            description = "Creates a staff account, or with role `customer` and a `customerId` a customer's "
                    + "help-center login (one per customer). Emails are unique, ignoring case (`409` "
                    + "`user.email-taken`); passwords have 10 to 72 characters. Role: admin.")
    @RequestBody(
            required = true,
            content = {
                @Content(
                        mediaType = "application/json",
                        examples = {
                            @ExampleObject(name = "agent", summary = "A new agent", value = """
{
  "name": "Aino Lehtinen",
  "email": "aino.lehtinen@example.com",
  "password": "correct-horse-battery",
  "role": "agent",
  "language": "fi"
}
"""),
                            @ExampleObject(
                                    name = "customer",
                                    summary = "A help-center login for an existing customer",
                                    value = """
{
  "name": "Kenji Sato",
  "email": "kenji.sato@example.jp",
  "password": "sakura-2026-spring",
  "role": "customer",
  "customerId": 4711,
  "language": "ja"
}
""")
                        })
            })
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

    @Operation(
            summary = "Get a user",
            description = "One staff account or help-center login. Role: agent, manager or admin.")
    @GET
    @Path("/{id}")
    @RolesAllowed(Role.AGENT)
    public UserView getUser(@PathParam("id") long id) {
        return users.get(id);
    }

    @Operation(
            summary = "Update a user",
            description = "Changes the name, email, password, role or language, or deactivates the user (`active: "
                    + "false`), who then cannot sign in; fields left out stay as they are. Staff and customer "
                    + "logins cannot turn into each other (`400`); Kaiku keeps at least one active admin, and "
                    + "nobody can deactivate themselves (`422`). Role: admin.")
    @RequestBody(
            required = true,
            content = {
                @Content(
                        mediaType = "application/json",
                        examples = {
                            @ExampleObject(name = "promote", summary = "Make an agent a manager", value = """
{
  "role": "manager"
}
"""),
                            @ExampleObject(name = "deactivate", summary = "Someone left the company", value = """
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
            content = @Content(schema = @Schema(implementation = UserView.class)))
    @APIResponse(ref = "Conflict", responseCode = "409")
    @APIResponse(ref = "Unprocessable", responseCode = "422")
    @APIResponse(ref = "PreconditionFailed", responseCode = "412")
    public UserView updateUser(
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "The version being edited, as its ETag")
                    String ifMatch,
            @Valid @NotNull UpdateUserRequest request) {
        credentials.requireScope(ApiTokenScope.users);
        return users.update(
                id,
                request,
                callers.current(),
                credentials.current().sessionId(),
                ExpectedVersion.of(ifMatch, request.version()));
    }
}
