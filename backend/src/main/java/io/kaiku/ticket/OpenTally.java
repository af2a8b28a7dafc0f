package io.kaiku.ticket;

import io.kaiku.common.Reference;

/** Open tickets of one assignee (absent: unassigned) in one queue (absent: none), status and priority. */
public record OpenTally(
        Reference assignee, Reference queue, TicketStatus status, TicketPriority priority, long tickets) {}
