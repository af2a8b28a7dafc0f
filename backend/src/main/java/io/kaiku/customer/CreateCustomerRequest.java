package io.kaiku.customer;

import io.kaiku.common.Language;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record CreateCustomerRequest(
        @NotBlank @Size(max = 200) @Schema(required = true, maxLength = 200, examples = "Aino Virtanen")
        String name,

        @Email @Size(max = 320) @Schema(maxLength = 320, format = "email")
        String email,

        @Size(max = 50) @Pattern(regexp = "[0-9+()./ -]*") @Schema(maxLength = 50, examples = "+358 40 123 4567")
        String phone,

        @Valid PostalAddress address,
        Long organizationId,

        @Language
        @Schema(
                enumeration = {"en", "fi", "ja", "hu", "lv"},
                examples = "fi")
        String language,

        @Size(max = 10000) @Schema(maxLength = 10000) String notes) {}
