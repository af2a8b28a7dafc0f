package io.kaiku.outbox;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record OutboxRetryResult(
        @Schema(required = true, description = "The consumer handled the event this time")
        boolean delivered,

        @Schema(description = "The event as it stays set aside, when it failed again")
        OutboxFailureView failure) {}
