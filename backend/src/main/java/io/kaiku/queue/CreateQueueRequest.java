package io.kaiku.queue;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record CreateQueueRequest(
        @NotBlank @Size(max = 100) @Schema(required = true, maxLength = 100, examples = "Returns")
        String name,

        @Size(max = 500) @Schema(maxLength = 500) String description,
        @Min(0) @Max(100000) Integer position) {}
