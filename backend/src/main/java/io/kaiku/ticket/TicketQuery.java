package io.kaiku.ticket;

import java.time.Instant;
import java.util.Set;

import io.kaiku.common.Keyset;

/**
 * A ticket list query with every input already checked and resolved: the assignee is an id (or
 * {@code unassigned}), tags are normalised, free text is either a ticket number or a prefix query.
 */
record TicketQuery(
        Set<TicketStatus> statuses,
        Set<TicketPriority> priorities,
        Long queueId,
        Long assigneeId,
        boolean unassigned,
        Long customerId,
        String tag,
        Channel channel,
        Instant createdFrom,
        Instant createdTo,
        Instant updatedFrom,
        Instant updatedTo,
        Long number,
        String tsquery,
        TicketSort sort,
        Keyset.Position after) {}
