package io.kaiku.queue;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Fields left out stay as they are. */
public record UpdateQueueRequest(
        @Size(min = 1, max = 100) @Schema(maxLength = 100) String name,
        @Size(max = 500) @Schema(maxLength = 500) String description,
        Boolean active,
        @Min(0) @Max(100000) Integer position,

        @Schema(description = "The version you edited; alternatively send it as If-Match")
        Long version) {}
