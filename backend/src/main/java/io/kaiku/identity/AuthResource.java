package io.kaiku.identity;

import io.kaiku.common.CallerContext;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
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

    @POST
    @Path("/login")
    @PermitAll
    public LoginResponse login(@Valid @NotNull LoginRequest request) {
        return auth.login(request);
    }

    @GET
    @Path("/me")
    @Authenticated
    public UserView getCurrentUser() {
        return auth.me(callers.current());
    }

    /** Anyone signed in, staff or customer, chooses their own language and time zone. */
    @PATCH
    @Path("/me")
    @Authenticated
    public UserView updateCurrentUser(@Valid @NotNull UpdateProfileRequest request) {
        return auth.updateMe(callers.current(), request);
    }
}
