package io.kaiku.ticket;

import java.time.Instant;
import java.util.List;

/** The query of a ticket list, as parsed from the URL. */
public record TicketFilter(
        List<TicketStatus> statuses,
        List<TicketPriority> priorities,
        Long queueId,
        String assignee,
        Long customerId,
        String tag,
        Channel channel,
        Instant createdFrom,
        Instant createdTo,
        Instant updatedFrom,
        Instant updatedTo,
        String text,
        TicketSort sort,
        String cursor,
        int limit) {}
