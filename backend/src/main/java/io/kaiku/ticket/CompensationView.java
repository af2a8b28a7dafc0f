package io.kaiku.ticket;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import io.kaiku.common.Reference;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record CompensationView(
        @Schema(required = true) long id,
        @Schema(required = true) long ticketId,
        @Schema(required = true, examples = "KA-000123") String ticketNumber,
        @Schema(required = true) CompensationKind kind,
        BigDecimal amount,
        @Schema(examples = "EUR") String currency,
        @Schema(required = true) String reason,
        Reference approvedBy,
        @Schema(required = true) LocalDate grantedOn,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Reference createdBy) {}
