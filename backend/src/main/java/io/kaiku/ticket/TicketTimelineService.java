package io.kaiku.ticket;

import java.util.List;

import io.kaiku.common.Reference;
import io.kaiku.common.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Reads the "actions taken" log of a ticket. */
@ApplicationScoped
public class TicketTimelineService {
    private final TicketRepository tickets;
    private final TicketEventRepository events;

    public TicketTimelineService(TicketRepository tickets, TicketEventRepository events) {
        this.tickets = tickets;
        this.events = events;
    }

    @Transactional
    public List<TicketEventView> timeline(long ticketId) {
        if (tickets.count("id", ticketId) == 0) {
            throw TicketService.notFound(ticketId);
        }
        return events.findTimeline(ticketId).stream()
                .map(row -> new TicketEventView(
                        SqlValues.toPrimitiveLong(row[0]),
                        TicketEventType.valueOf((String) row[1]),
                        (String) row[2],
                        (String) row[3],
                        (String) row[4],
                        Reference.of(SqlValues.toLong(row[5]), (String) row[6]),
                        SqlValues.toLong(row[7]),
                        SqlValues.toInstant(row[8])))
                .toList();
    }
}
