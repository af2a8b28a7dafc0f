package io.kaiku.identity;

import java.time.Clock;
import java.util.List;

import io.kaiku.common.CallerContext;
import io.kaiku.common.ClientAddresses;
import io.quarkus.security.Authenticated;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** Sign-in and sign-out for staff and portal customers, and the caller's own sessions. */
@Path("/api/v1/auth")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Auth")
public class AuthResource {
    private final AuthService auth;
    private final SessionService sessions;
    private final CallerContext callers;
    private final CredentialContext credentials;
    private final AccessTokens accessTokens;
    private final ClientAddresses clients;
    private final Clock clock;

    public AuthResource(
            AuthService auth,
            SessionService sessions,
            CallerContext callers,
            CredentialContext credentials,
            AccessTokens accessTokens,
            ClientAddresses clients,
            Clock clock) {
        this.auth = auth;
        this.sessions = sessions;
        this.callers = callers;
        this.credentials = credentials;
        this.accessTokens = accessTokens;
        this.clients = clients;
        this.clock = clock;
    }

    @Operation(
            summary = "Sign in",
            description = "Exchanges an email and a password for an access token (valid for 12 hours by default) and "
                    + "the signed-in user. Send the token as `Authorization: Bearer <accessToken>`. A wrong email"
                    + " or password, or a deactivated account, is `401` with code `auth.invalid-credentials`; the"
                    + " answer does not say which. After a few wrong passwords for an account or from an address,"
                    + " further attempts must wait (`429` with `Retry-After`). Tools should rather use a personal"
                    + " API token (`POST /api/v1/api-tokens`); the web app signs in with `cookie-login`.")
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
    public LoginResponse login(@Valid @NotNull LoginRequest request, @Context HttpServerRequest http) {
        AuthService.SignedIn signedIn = auth.login(request, SessionKind.bearer, client(http));
        return new LoginResponse(signedIn.token(), signedIn.expiresAt(), signedIn.user());
    }

    @POST
    @Path("/cookie-login")
    @PermitAll
    @Operation(
            summary = "Sign in for a browser session",
            description = "For the web app: the access token is set in the HttpOnly cookie `kaiku_session`"
                    + " (SameSite=Strict) and never appears in the body. The cookie `kaiku_csrf` holds the"
                    + " session's CSRF token, which must be sent back as `X-CSRF-Token` on every request"
                    + " other than GET, HEAD and OPTIONS that relies on the cookie. Wrong credentials and"
                    + " repeated failures are answered as for `login`.")
    @RequestBody(
            required = true,
            content = {
                @Content(
                        mediaType = "application/json",
                        examples = {
                            @ExampleObject(name = "browser", summary = "An agent signs in to the web app", value = """
{
  "email": "aino.lehtinen@example.com",
  "password": "correct-horse-battery"
}
""")
                        })
            })
    @APIResponse(
            responseCode = "200",
            description = "Signed in",
            headers =
                    @Header(
                            name = "Set-Cookie",
                            description = "`kaiku_session` and `kaiku_csrf`",
                            schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = CookieLoginResponse.class)))
    public RestResponse<CookieLoginResponse> loginWithCookie(
            @Valid @NotNull LoginRequest request, @Context HttpServerRequest http) {
        AuthService.SignedIn signedIn = auth.login(request, SessionKind.browser, client(http));
        boolean secure = clients.isHttps(http);
        return RestResponse.ResponseBuilder.ok(new CookieLoginResponse(signedIn.expiresAt(), signedIn.user()))
                .cookie(
                        SessionCookies.session(signedIn.token(), signedIn.expiresAt(), clock.instant(), secure),
                        SessionCookies.csrf(
                                accessTokens.csrfToken(signedIn.sessionId()),
                                signedIn.expiresAt(),
                                clock.instant(),
                                secure))
                .build();
    }

    @POST
    @Path("/logout")
    // No body: a client that sends no Content-Type (curl -X POST) is not refused with 415.
    @Consumes(MediaType.WILDCARD)
    @Authenticated
    @Operation(
            summary = "Sign out",
            description = "Ends the session this request was made with, so its token stops working at once,"
                    + " and clears the web app's cookies. Made with a personal API token, it revokes that token.")
    @APIResponse(responseCode = "204", description = "Signed out")
    public RestResponse<Void> logout(@Context HttpServerRequest http) {
        sessions.endCurrent(callers.current().userId(), credentials.current());
        return RestResponse.ResponseBuilder.<Void>noContent()
                .cookie(SessionCookies.cleared(clients.isHttps(http)))
                .build();
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

    @GET
    @Path("/sessions")
    @Authenticated
    @Operation(
            summary = "List your sessions",
            description = "Where you are signed in: every open session of your account, most recently used first.")
    public List<SessionView> listSessions() {
        return sessions.listOwn(callers.current().userId(), credentials.current());
    }

    @DELETE
    @Path("/sessions/{id}")
    @Authenticated
    @Operation(summary = "End one of your sessions", description = "Its token stops working at once.")
    @APIResponse(responseCode = "204", description = "Ended")
    public void endSession(@PathParam("id") long id) {
        sessions.end(id, callers.current().userId());
    }

    @POST
    @Path("/sessions/end-others")
    // No body: a client that sends no Content-Type (curl -X POST) is not refused with 415.
    @Consumes(MediaType.WILDCARD)
    @Authenticated
    @Operation(
            summary = "Sign out everywhere else",
            description = "Ends every session of your account except the one making this request.")
    @APIResponse(responseCode = "204", description = "Ended")
    public void endOtherSessions() {
        sessions.revokeAll(callers.current().userId(), credentials.current().sessionId());
    }

    /** Anyone signed in, staff or customer, chooses their own language and time zone. */
    @PATCH
    @Path("/me")
    @Authenticated
    @Operation(
            summary = "Change your language and time zone",
            description = "Anyone signed in (staff or a help-center customer) sets the language Kaiku speaks to them"
                    + " (en, fi, ja, hu, lv) and the IANA time zone dates are shown in. A customer's language is"
                    + " kept on their customer record, so mail to them uses it too. An unknown language or time"
                    + " zone is `400` naming the field.")
    @RequestBody(
            required = true,
            content = {
                @Content(
                        mediaType = "application/json",
                        examples = {@ExampleObject(name = "finnish", summary = "Finnish, Helsinki time", value = """
{
  "language": "fi",
  "timeZone": "Europe/Helsinki"
}
""")})
            })
    public UserView updateCurrentUser(@Valid @NotNull UpdateProfileRequest request) {
        return auth.updateMe(callers.current(), request);
    }

    private ClientInfo client(HttpServerRequest http) {
        return new ClientInfo(clients.of(http), http.getHeader(HttpHeaders.USER_AGENT));
    }
}
