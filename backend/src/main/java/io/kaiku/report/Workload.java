package io.kaiku.report;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Open (unsolved) tickets per agent and per queue, by status and priority. */
public record Workload(
        @Schema(required = true) List<WorkloadRow> agents,
        @Schema(required = true) WorkloadRow unassigned,
        @Schema(required = true) List<WorkloadRow> queues) {}
