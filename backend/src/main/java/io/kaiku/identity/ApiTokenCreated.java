package io.kaiku.identity;

import java.time.Instant;
import java.util.List;

import io.kaiku.common.Role;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record ApiTokenCreated(
        @Schema(required = true) long id,
        @Schema(required = true) String name,
        @Schema(required = true) Role role,
        @Schema(required = true) List<ApiTokenScope> scopes,
        @Schema(required = true) String prefix,
        @Schema(required = true) Instant createdAt,
        Instant expiresAt,

        @Schema(required = true, description = "The secret: shown only in this response, never again")
        String token) {}
