package io.kaiku.report;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record StatusCounts(
        @JsonProperty("new") @Schema(required = true) long newCount,
        @Schema(required = true) long open,
        @Schema(required = true) long pending,
        @Schema(required = true) long onHold) {}
