package io.kaiku.ticket;

import java.time.Instant;

import io.kaiku.common.ActorView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One action taken on a ticket. */
public record TicketEventView(
        @Schema(required = true) long id,

        @Schema(required = true, description = "Shared by the events one action wrote (e.g. a reply that solves)")
        long changeId,

        @Schema(required = true) TicketEventType type,

        @Schema(description = "The changed field, e.g. `status`, `assignee`, `promisedBy`", examples = "status")
        String field,

        @Schema(description = "The value before; absent when the field was empty")
        EventValue from,

        @Schema(description = "The value after; absent when the field was cleared")
        EventValue to,

        @Schema(required = true) ActorView actor,
        Long messageId,
        Long compensationId,
        @Schema(required = true) Instant createdAt) {}
