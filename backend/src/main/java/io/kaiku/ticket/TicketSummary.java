package io.kaiku.ticket;

import java.time.Instant;
import java.util.List;

import io.kaiku.common.Reference;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One row of a ticket list. */
public record TicketSummary(
        @Schema(required = true) long id,
        @Schema(required = true, examples = "KA-000123") String number,
        @Schema(required = true) String subject,
        @Schema(required = true) TicketStatus status,
        @Schema(required = true) TicketPriority priority,
        @Schema(required = true) boolean customerLosingMoney,
        @Schema(required = true) Channel channel,
        Reference queue,
        Reference assignee,
        @Schema(required = true) Reference customer,
        @Schema(required = true) List<String> tags,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant updatedAt,
        Instant promisedBy) {}
