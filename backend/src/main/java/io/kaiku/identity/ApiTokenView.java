package io.kaiku.identity;

import java.time.Instant;
import java.util.List;

import io.kaiku.common.Role;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record ApiTokenView(
        @Schema(required = true) long id,
        @Schema(required = true) String name,
        @Schema(required = true) Role role,

        @Schema(required = true, description = "What the token may do beyond its role")
        List<ApiTokenScope> scopes,

        @Schema(required = true, description = "The first characters of the secret, to recognise it")
        String prefix,

        @Schema(required = true) Instant createdAt,
        Instant lastUsedAt,
        Instant expiresAt,
        Instant revokedAt) {

    static ApiTokenView of(ApiToken token) {
        return new ApiTokenView(
                token.id,
                token.name,
                token.role,
                List.copyOf(ApiTokenScope.parse(token.scopes)),
                token.prefix,
                token.createdAt,
                token.lastUsedAt,
                token.expiresAt,
                token.revokedAt);
    }
}
