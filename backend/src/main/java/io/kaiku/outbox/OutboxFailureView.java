package io.kaiku.outbox;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An event a consumer could not handle, set aside to be retried (or dead after too many attempts). */
public record OutboxFailureView(
        @Schema(required = true) long id,
        @Schema(required = true, examples = "ticket-tally") String consumer,
        @Schema(required = true) long eventId,

        @Schema(required = true, examples = "ticket.updated")
        String eventType,

        @Schema(required = true, examples = "ticket") String topic,

        @Schema(description = "The id of what the event is about, e.g. the ticket")
        Long subjectId,

        @Schema(required = true) Instant occurredAt,
        @Schema(required = true) int attempts,

        @Schema(required = true, description = "No more automatic retries; retry or discard by hand")
        boolean dead,

        @Schema(required = true) Instant nextAttemptAt,
        @Schema(required = true) String lastError,
        @Schema(required = true) Instant firstFailedAt,
        @Schema(required = true) Instant lastFailedAt) {}
