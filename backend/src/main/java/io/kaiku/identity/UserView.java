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

        @Schema(
                description = "The language of the person's screens and messages; for a customer login, "
                        + "the customer record's. Absent: the browser's.",
                enumeration = {"en", "fi", "ja", "hu", "lv"})
        String language,

        @Schema(description = "IANA time zone for dates and times; absent: the browser's", examples = "Europe/Helsinki")
        String timeZone,

        @Schema(required = true) Instant createdAt,
        @Schema(required = true) long version) {

    /** The view of a staff login, or of a customer login whose customer speaks {@code language}. */
    static UserView of(User user, String language) {
        return new UserView(
                user.id,
                user.name,
                user.email,
                user.role,
                user.active,
                user.customerId,
                language,
                user.timeZone,
                user.createdAt,
                user.version);
    }
}
