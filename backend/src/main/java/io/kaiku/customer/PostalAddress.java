package io.kaiku.customer;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A postal address; every part is optional because contacts often give only some of it. */
@Embeddable
public record PostalAddress(
        @Size(max = 200) @Schema(maxLength = 200) @Column(name = "street")
        String street,

        @Size(max = 20) @Schema(maxLength = 20) @Column(name = "postal_code")
        String postalCode,

        @Size(max = 100) @Schema(maxLength = 100) @Column(name = "city")
        String city,

        @Size(max = 100) @Schema(maxLength = 100) @Column(name = "region")
        String region,

        @Pattern(regexp = "[A-Z]{2}")
        @Schema(description = "ISO 3166-1 alpha-2", examples = "FI")
        @Column(name = "country")
        String country) {

    /** Not a property: without the annotations the contract would document an "empty" field. */
    @JsonIgnore
    @Schema(hidden = true)
    boolean isEmpty() {
        return street == null && postalCode == null && city == null && region == null && country == null;
    }
}
