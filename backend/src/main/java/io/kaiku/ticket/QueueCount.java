package io.kaiku.ticket;

import io.kaiku.common.Reference;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record QueueCount(
        @Schema(required = true) Reference queue,
        @Schema(required = true) long open) {}
