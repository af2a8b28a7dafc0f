package io.kaiku.report;

import io.kaiku.common.Reference;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Open tickets of one agent, one queue, or nobody (unassigned / no queue: {@code ref} is absent). */
public record WorkloadRow(
        Reference ref,
        @Schema(required = true) long total,
        @Schema(required = true) StatusCounts byStatus,
        @Schema(required = true) PriorityCounts byPriority) {}
