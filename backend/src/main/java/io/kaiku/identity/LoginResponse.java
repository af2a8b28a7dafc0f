package io.kaiku.identity;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record LoginResponse(
        @Schema(required = true, description = "Send as `Authorization: Bearer <accessToken>`")
        String accessToken,

        @Schema(required = true) Instant expiresAt,
        @Schema(required = true) UserView user) {}
