package io.kaiku.identity;

import io.kaiku.common.CallerContext;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Sign-in for staff and portal customers. */
@Path("/api/v1/auth")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Auth")
public class AuthResource {
    private final AuthService auth;
    private final CallerContext callers;

    public AuthResource(AuthService auth, CallerContext callers) {
        this.auth = auth;
        this.callers = callers;
    }

    @Operation(
            summary = "Sign in",
            description = "Exchanges an email and a password for an access token (valid for 12 hours by default) and "
                    + "the signed-in user. Send the token as `Authorization: Bearer <accessToken>`. A wrong email"
                    + " or password, or a deactivated account, is `401` with code `auth.invalid-credentials`; the"
                    + " answer does not say which. Tools should rather use a personal API token (`POST "
                    + "/api/v1/api-tokens`).")
    @RequestBody(
            required = true,
            content = {
                @Content(
                        mediaType = "application/json",
                        examples = {@ExampleObject(name = "agent", summary = "An agent signs in", value = """
{
  "email": "aino.lehtinen@example.com",
  "password": "correct-horse-battery"
}
""")})
            })
    @POST
    @Path("/login")
    @PermitAll
    public LoginResponse login(@Valid @NotNull LoginRequest request) {
        return auth.login(request);
    }

    @Operation(
            summary = "Get the signed-in user",
            description = "Who the bearer token belongs to: name, email, role, language and, for a help-center login,"
                    + " the customer record it belongs to. A cheap way to check that a token works. Any signed-in"
                    + " role.")
    @GET
    @Path("/me")
    @Authenticated
    public UserView getCurrentUser() {
        return auth.me(callers.current());
    }
}
