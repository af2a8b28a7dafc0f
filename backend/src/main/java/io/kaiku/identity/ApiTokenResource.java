package io.kaiku.identity;

import java.util.List;

import io.kaiku.common.CallerContext;
import io.kaiku.common.Created;
import io.kaiku.common.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** The caller's own API tokens for third-party tools. */
@Path("/api/v1/api-tokens")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "API tokens")
@RolesAllowed(Role.AGENT)
public class ApiTokenResource {
    private final ApiTokenService tokens;
    private final CallerContext callers;
    private final CredentialContext credentials;

    public ApiTokenResource(ApiTokenService tokens, CallerContext callers, CredentialContext credentials) {
        this.tokens = tokens;
        this.callers = callers;
        this.credentials = credentials;
    }

    @Operation(
            summary = "List your API tokens",
            description = "Your own personal API tokens, newest first, including expired and revoked ones. The secret"
                    + " is never shown again; `prefix` (its first characters) helps you recognise a token. Role: "
                    + "agent, manager or admin.")
    @GET
    public List<ApiTokenView> listApiTokens() {
        return tokens.listOwn(callers.current());
    }

    @Operation(
            summary = "Create an API token",
            description = "Creates a personal token for a tool or script. The answer holds the secret in `token`: "
                    + "store it now, it is shown only this once. The token acts as you, with your role or a lower"
                    + " `role` you choose (never `customer`); give it an `expiresAt` unless it should live until "
                    + "you revoke it. Role: agent, manager or admin.")
    @RequestBody(
            required = true,
            content = {
                @Content(
                        mediaType = "application/json",
                        examples = {
                            @ExampleObject(
                                    name = "crm",
                                    summary = "A token for a CRM integration that expires",
                                    value = """
{
  "name": "CRM sync",
  "role": "agent",
  "expiresAt": "2030-12-31T23:59:59Z"
}
"""),
                            @ExampleObject(
                                    name = "script",
                                    summary = "A token with your own role and no expiry",
                                    value = """
{
  "name": "Nightly report script"
}
""")
                        })
            })
    @POST
    @APIResponse(
            responseCode = "201",
            description = "Created; the secret is in `token` and is never shown again",
            content = @Content(schema = @Schema(implementation = ApiTokenCreated.class)))
    public RestResponse<ApiTokenCreated> createApiToken(
            @Valid @NotNull CreateApiTokenRequest request, @Context UriInfo uri) {
        credentials.requireScope(ApiTokenScope.api_tokens);
        ApiTokenCreated created = tokens.create(request, callers.current(), credentials.current());
        return Created.at(uri, created.id(), created);
    }

    @Operation(
            summary = "Revoke an API token",
            description = "The token stops working at once; revoking it again is harmless. You can revoke your own "
                    + "tokens, an admin anyone's; to everyone else another person's token does not exist (`404`)."
                    + " Role: agent, manager or admin.")
    @DELETE
    @Path("/{id}")
    @APIResponse(responseCode = "204", description = "Revoked")
    public void revokeApiToken(@PathParam("id") long id) {
        tokens.revoke(id, callers.current());
    }
}
