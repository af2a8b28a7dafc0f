package io.kaiku.identity;

import java.time.Instant;

import io.kaiku.common.Role;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record UserView(
        @Schema(required = true) long id,
        @Schema(required = true) String name,
        @Schema(required = true) String email,
        @Schema(required = true) Role role,
        @Schema(required = true) boolean active,
        Long customerId,
        String language,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) long version) {

    static UserView of(User user) {
        return new UserView(
                user.id,
                user.name,
                user.email,
                user.role,
                user.active,
                user.customerId,
                user.language,
                user.createdAt,
                user.version);
    }
}
