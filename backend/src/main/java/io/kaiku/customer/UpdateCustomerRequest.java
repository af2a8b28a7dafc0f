package io.kaiku.customer;

import java.util.Optional;

import io.kaiku.common.Language;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A merge patch: a field left out stays as it is ({@code null} here), a field sent as JSON null
 * is cleared ({@code Optional.empty()}). A class rather than a record because Jackson fills absent
 * record components with {@code Optional.empty()}, which would make "left out" and "null" the same.
 */
public class UpdateCustomerRequest {
    public Optional<@NotBlank @Size(max = 200) String> name;

    public Optional<@Email @Size(max = 320) String> email;

    public Optional<@Size(max = 50) @Pattern(regexp = "[0-9+()./ -]*") String> phone;

    public Optional<@Valid PostalAddress> address;

    public Optional<Long> organizationId;

    @Schema(description = "One of en, fi, ja, hu, lv; null clears it")
    public Optional<@Language String> language;

    public Optional<@Size(max = 10000) String> notes;

    public @Schema(description = "The version you edited; alternatively send it as If-Match") Long version;
}
