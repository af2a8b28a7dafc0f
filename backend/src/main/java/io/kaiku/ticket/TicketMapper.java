package io.kaiku.ticket;

import java.util.List;

import io.kaiku.common.Keyset;
import io.kaiku.common.Reference;
import io.kaiku.common.Row;
import io.kaiku.customer.CustomerView;

/** Tickets as their views: the one place that turns entities and rows into what the API answers. */
final class TicketMapper {
    private TicketMapper() {}

    static TicketView toView(
            Ticket ticket, Reference queue, Reference assignee, Reference receivedBy, CustomerView customer) {
        return new TicketView(
                ticket.id,
                ticket.displayNumber(),
                ticket.subject,
                ticket.description,
                ticket.channel,
                ticket.getStatus(),
                ticket.getPriority(),
                ticket.isCustomerLosingMoney(),
                queue,
                assignee,
                receivedBy,
                customer,
                List.copyOf(ticket.tags),
                ticket.createdAt,
                ticket.updatedAt,
                ticket.firstResponseAt,
                ticket.getSolvedAt(),
                ticket.getClosedAt(),
                ticket.promisedBy,
                ticket.agreedSolution,
                ticket.followUpAt,
                ticket.preventionSuggestion,
                ticket.resolutionSummary,
                ticket.version);
    }

    static TicketSummary toSummary(Row row) {
        return new TicketSummary(
                row.getLong("id"),
                TicketNumbers.format(row.getLong("number")),
                row.getString("subject"),
                TicketStatus.fromString(row.getString("status")),
                row.getEnum("priority", TicketPriority.class),
                row.getBoolean("customer_losing_money"),
                row.getEnum("channel", Channel.class),
                Reference.of(row.getNullableLong("queue_id"), row.getString("queue_name")),
                Reference.of(row.getNullableLong("assignee_id"), row.getString("assignee_name")),
                new Reference(row.getLong("customer_id"), row.getString("customer_name")),
                row.getTextList("tags"),
                row.getInstant("created_at"),
                row.getInstant("updated_at"),
                row.getInstant("promised_by"));
    }

    /** The cursor after a summary row, in the list's sort order. */
    static String cursorAfter(Row row, TicketSort sort) {
        long id = row.getLong("id");
        return switch (sort) {
            case priority -> Keyset.cursor(sort.name(), row.getInt("priority_rank"), row.getInstant("created_at"), id);
            case created -> Keyset.cursor(sort.name(), row.getInstant("created_at"), id);
            case updated -> Keyset.cursor(sort.name(), row.getInstant("updated_at"), id);
        };
    }
}
