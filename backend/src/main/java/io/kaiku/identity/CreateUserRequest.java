package io.kaiku.identity;

import io.kaiku.common.Role;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record CreateUserRequest(
        @NotBlank @Size(max = 200) @Schema(required = true, maxLength = 200)
        String name,

        @NotBlank @Email @Size(max = 320) @Schema(required = true, maxLength = 320, format = "email")
        String email,

        @NotNull
        @Size(min = PasswordPolicy.MIN_LENGTH, max = PasswordPolicy.MAX_LENGTH)
        @Schema(required = true, minLength = PasswordPolicy.MIN_LENGTH, maxLength = PasswordPolicy.MAX_LENGTH)
        String password,

        @NotNull @Schema(required = true) Role role,

        @Schema(description = "The customer record a portal login belongs to; required for role customer")
        Long customerId,

        @Size(max = 10) @Pattern(regexp = "[a-z]{2}(-[A-Z]{2})?") @Schema(maxLength = 10, examples = "fi")
        String language) {}
