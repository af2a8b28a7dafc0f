package io.kaiku.customer;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record CreateOrganizationRequest(
        @NotBlank @Size(max = 200) @Schema(required = true, maxLength = 200, examples = "Oy Esimerkki Ab")
        String name,

        @Size(max = 20) List<@NotBlank @Size(max = 253) @Pattern(regexp = "[A-Za-z0-9.-]+") String> domains,
        @Size(max = 10000) @Schema(maxLength = 10000) String notes) {}
