package io.kaiku.customer;

import java.util.List;
import java.util.Optional;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A merge patch: a field left out stays as it is ({@code null} here), a field sent as JSON null
 * is cleared ({@code Optional.empty()}). A class rather than a record because Jackson fills absent
 * record components with {@code Optional.empty()}, which would make "left out" and "null" the same.
 */
public class UpdateOrganizationRequest {
    public Optional<@NotBlank @Size(max = 200) String> name;

    public Optional<@Size(max = 20) List<@NotBlank @Size(max = 253) @Pattern(regexp = "[A-Za-z0-9.-]+") String>>
            domains;

    public Optional<@Size(max = 10000) String> notes;

    public @Schema(description = "The version you edited; alternatively send it as If-Match") Long version;
}
