package io.kaiku.outbox;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How far one consumer has got. */
public record OutboxConsumerView(
        @Schema(required = true, examples = "ticket-tally") String name,

        @Schema(required = true, description = "Events handled since the consumer was added")
        long processed,

        @Schema(required = true, description = "Events written that it has not reached yet")
        long waiting,

        @Schema(required = true, description = "Events set aside that will be retried")
        long retrying,

        @Schema(required = true, description = "Events given up on")
        long dead,

        @Schema(required = true) Instant updatedAt) {}
