package io.kaiku.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record LoginRequest(
        @NotBlank @Size(max = 320) @Schema(required = true, maxLength = 320, examples = "agent@example.com")
        String email,

        @NotBlank @Size(max = 200) @Schema(required = true, maxLength = 200)
        String password) {}
