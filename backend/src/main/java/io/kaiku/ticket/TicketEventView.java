package io.kaiku.ticket;

import java.time.Instant;

import io.kaiku.common.Reference;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record TicketEventView(
        @Schema(required = true) long id,
        @Schema(required = true) TicketEventType type,
        String field,
        String oldValue,
        String newValue,

        @Schema(description = "Who did it; absent when the system did")
        Reference actor,

        Long messageId,
        @Schema(required = true) Instant createdAt) {}
