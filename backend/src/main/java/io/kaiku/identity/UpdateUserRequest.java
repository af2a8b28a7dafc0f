package io.kaiku.identity;

import io.kaiku.common.Language;
import io.kaiku.common.Role;
import io.kaiku.common.TimeZoneId;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Fields left out stay as they are. */
public record UpdateUserRequest(
        @Size(min = 1, max = 200) @Schema(maxLength = 200) String name,

        @Email @Size(max = 320) @Schema(maxLength = 320, format = "email")
        String email,

        @Size(min = PasswordPolicy.MIN_LENGTH, max = PasswordPolicy.MAX_LENGTH)
        @Schema(minLength = PasswordPolicy.MIN_LENGTH, maxLength = PasswordPolicy.MAX_LENGTH)
        String password,

        Role role,
        Boolean active,

        @Language @Schema(enumeration = {"en", "fi", "ja", "hu", "lv"})
        String language,

        @TimeZoneId @Size(max = 64) @Schema(maxLength = 64, examples = "Europe/Helsinki")
        String timeZone,

        @Schema(description = "The version you edited; alternatively send it as If-Match")
        Long version) {}
