package io.kaiku.ticket;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record CreateCompensationRequest(
        @NotNull @Schema(required = true) CompensationKind kind,

        @DecimalMin("0.01") @DecimalMax("9999999999.99") @Digits(integer = 10, fraction = 2)
        BigDecimal amount,

        @Pattern(regexp = "[A-Z]{3}") @Schema(description = "ISO 4217; required with an amount", examples = "EUR")
        String currency,

        @NotBlank @Size(max = 2000) @Schema(required = true, maxLength = 2000)
        String reason,

        @Schema(description = "Defaults to today (UTC)") LocalDate grantedOn) {
    NewCompensation toNewCompensation() {
        return new NewCompensation(kind, amount, currency, reason, grantedOn);
    }
}
