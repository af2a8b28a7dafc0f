package io.kaiku.ticket;

import java.time.Instant;
import java.util.List;

/** A ticket's fields at one moment, as events carry it to consumers (counts, webhooks, SLA, ...). */
public record TicketState(
        long id,
        String number,
        String subject,
        TicketStatus status,
        TicketPriority priority,
        boolean customerLosingMoney,
        Channel channel,
        long customerId,
        Long queueId,
        Long assigneeId,
        Long receivedById,
        List<String> tags,
        Instant createdAt,
        Instant updatedAt,
        Instant firstResponseAt,
        Instant solvedAt,
        Instant closedAt,
        Instant promisedBy,
        Instant followUpAt,
        long version) {

    static TicketState of(Ticket ticket) {
        return new TicketState(
                ticket.id,
                ticket.displayNumber(),
                ticket.subject,
                ticket.getStatus(),
                ticket.getPriority(),
                ticket.isCustomerLosingMoney(),
                ticket.channel,
                ticket.customerId,
                ticket.queueId,
                ticket.assigneeId,
                ticket.receivedById,
                List.copyOf(ticket.tags),
                ticket.createdAt,
                ticket.updatedAt,
                ticket.firstResponseAt,
                ticket.getSolvedAt(),
                ticket.getClosedAt(),
                ticket.promisedBy,
                ticket.followUpAt,
                ticket.version);
    }
}
