package io.kaiku.customer;

import java.time.Instant;

import io.kaiku.common.Reference;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record CustomerView(
        @Schema(required = true) long id,
        @Schema(required = true) String name,
        String email,
        String phone,
        PostalAddress address,
        Reference organization,
        String language,
        String notes,

        @Schema(required = true, description = "Whether the customer can sign in to the portal")
        boolean hasPortalAccess,

        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant updatedAt,
        @Schema(required = true) long version) {}
