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

        @Schema(required = true, description = "The customer of the ticket, who was compensated")
        Reference customer,

        @Schema(required = true) CompensationKind kind,
        BigDecimal amount,
        @Schema(examples = "EUR") String currency,
        @Schema(required = true) String reason,

        @Schema(required = true, description = "Above the configured amount a manager approves or rejects it")
        CompensationApproval approval,

        @Schema(description = "The manager who approved or rejected it")
        Reference decidedBy,

        Instant decidedAt,
        @Schema(required = true) LocalDate grantedOn,
        @Schema(required = true) Instant createdAt,

        @Schema(required = true, description = "Who recorded it")
        Reference createdBy) {}
