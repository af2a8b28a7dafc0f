package io.kaiku.ticket;

import java.util.List;

/**
 * Fired in the transaction of every change to a ticket. Features that react after the commit
 * (service levels, automations, notifications) observe it with {@code during = AFTER_SUCCESS}.
 */
public record TicketChanged(long ticketId, Long actorUserId, List<TicketEventType> types) {}
