package io.kaiku.ticket;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How many tickets each inbox view holds; "open" means not yet solved. */
public record TicketCounts(
        @Schema(required = true) long myOpen,
        @Schema(required = true) long unassigned,
        @Schema(required = true) long allOpen,
        @Schema(required = true) long pending,
        @Schema(required = true) long solved,
        @Schema(required = true) List<QueueCount> queues) {}
