package io.kaiku.ticket;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record TicketPage(
        @Schema(required = true) List<TicketSummary> items,

        @Schema(description = "Pass as `cursor` for the next page; absent on the last page")
        String nextCursor) {}
