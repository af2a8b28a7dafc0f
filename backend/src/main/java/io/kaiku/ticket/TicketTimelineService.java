package io.kaiku.ticket;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.kaiku.common.Row;
import io.kaiku.outbox.OutboxJson;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Reads the actions-taken log of a ticket, naming the people, queues and customers its values point to. */
@ApplicationScoped
public class TicketTimelineService {
    private final TicketService tickets;
    private final TicketRepository ticketRows;
    private final TicketEventRepository events;
    private final OutboxJson json;

    TicketTimelineService(
            TicketService tickets, TicketRepository ticketRows, TicketEventRepository events, OutboxJson json) {
        this.tickets = tickets;
        this.ticketRows = ticketRows;
        this.events = events;
        this.json = json;
    }

    @Transactional
    public List<TicketEventView> timeline(long ticketId) {
        tickets.require(ticketId);
        List<Row> rows = events.findTimeline(ticketId);
        List<TicketEventPayload> payloads = new ArrayList<>(rows.size());
        List<Long> users = new ArrayList<>();
        List<Long> queues = new ArrayList<>();
        List<Long> customers = new ArrayList<>();
        for (Row row : rows) {
            TicketEventPayload payload = read(row.getString("payload"));
            payloads.add(payload);
            for (EventValue value : new EventValue[] {payload.from(), payload.to()}) {
                if (value != null && value.isReference()) {
                    switch (value.kind()) {
                        case user -> users.add(value.id());
                        case queue -> queues.add(value.id());
                        case customer -> customers.add(value.id());
                        default -> {}
                    }
                }
            }
        }
        Map<String, String> names = ticketRows.findNames(users, queues, customers);
        List<TicketEventView> timeline = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            TicketEventPayload payload = payloads.get(i);
            timeline.add(new TicketEventView(
                    row.getLong("id"),
                    row.getLong("change_id"),
                    row.getEnum("type", TicketEventType.class),
                    payload.field(),
                    named(payload.from(), names),
                    named(payload.to(), names),
                    ConversationService.actorView(row, "actor"),
                    row.getNullableLong("message_id"),
                    payload.compensationId(),
                    row.getInstant("created_at")));
        }
        return timeline;
    }

    private static EventValue named(EventValue value, Map<String, String> names) {
        if (value == null || !value.isReference()) {
            return value;
        }
        return value.named(names.get(value.kind().name() + ":" + value.id()));
    }

    private TicketEventPayload read(String payload) {
        try {
            return json.mapper().readValue(payload, TicketEventPayload.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("Unreadable event payload", e);
        }
    }
}
