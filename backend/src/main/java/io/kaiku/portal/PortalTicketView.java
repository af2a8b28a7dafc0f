package io.kaiku.portal;

import java.time.Instant;

import io.kaiku.common.Reference;
import io.kaiku.ticket.TicketStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A request as its customer sees it: no internal fields, no notes. */
public record PortalTicketView(
        @Schema(required = true) long id,
        @Schema(required = true, examples = "KA-000123") String number,
        @Schema(required = true) String subject,
        String description,
        @Schema(required = true) TicketStatus status,
        Reference queue,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant updatedAt,
        @Schema(description = "When we promised a solution") Instant promisedBy,
        Instant solvedAt) {}
