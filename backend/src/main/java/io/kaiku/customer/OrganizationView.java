package io.kaiku.customer;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record OrganizationView(
        @Schema(required = true) long id,
        @Schema(required = true) String name,
        @Schema(required = true) List<String> domains,
        String notes,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant updatedAt,
        @Schema(required = true) long version) {

    static OrganizationView of(Organization organization) {
        return new OrganizationView(
                organization.id,
                organization.name,
                List.copyOf(organization.domains),
                organization.notes,
                organization.createdAt,
                organization.updatedAt,
                organization.version);
    }

    static OrganizationView of(io.kaiku.common.Row row) {
        return new OrganizationView(
                row.getLong("id"),
                row.getString("name"),
                row.getTextList("domains"),
                row.getString("notes"),
                row.getInstant("created_at"),
                row.getInstant("updated_at"),
                row.getLong("version"));
    }
}
