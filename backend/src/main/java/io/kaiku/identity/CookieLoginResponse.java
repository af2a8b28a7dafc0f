package io.kaiku.identity;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A browser session started: its token is in the HttpOnly cookie, never in the body. */
public record CookieLoginResponse(
        @Schema(required = true) Instant expiresAt,
        @Schema(required = true) UserView user) {}
