package io.kaiku.identity;

import java.time.Instant;
import java.util.Set;

import io.kaiku.common.Role;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record CreateApiTokenRequest(
        @NotBlank @Size(max = 100) @Schema(required = true, maxLength = 100, examples = "CRM sync")
        String name,

        @Schema(description = "At most the owner's own role; defaults to it")
        Role role,

        @Schema(
                description = "What the token may do beyond its role; none by default. A token cannot"
                        + " create API tokens or manage users without the scope for it")
        Set<ApiTokenScope> scopes,

        @Future Instant expiresAt) {}
