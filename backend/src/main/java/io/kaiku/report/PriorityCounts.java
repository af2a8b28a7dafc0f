package io.kaiku.report;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record PriorityCounts(
        @Schema(required = true) long low,
        @Schema(required = true) long normal,
        @Schema(required = true) long high,
        @Schema(required = true) long urgent) {}
