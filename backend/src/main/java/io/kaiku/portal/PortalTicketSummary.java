package io.kaiku.portal;

import java.time.Instant;

import io.kaiku.ticket.TicketStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One of the customer's own requests, as listed in the portal. */
public record PortalTicketSummary(
        @Schema(required = true) long id,
        @Schema(required = true, examples = "KA-000123") String number,
        @Schema(required = true) String subject,
        @Schema(required = true) TicketStatus status,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant updatedAt,
        Instant promisedBy) {}
