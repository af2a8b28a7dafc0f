package io.kaiku.ticket;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The outbox payload of one change to a ticket: the ticket before (absent when it was just opened)
 * and after, and the events the change wrote to its log.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TicketChangedPayload(long changeId, TicketState before, TicketState after, List<Entry> events) {

    public static final String TOPIC = "ticket";

    /** One line of the log, as in {@link TicketEvent}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Entry(
            long id,
            TicketEventType type,
            String field,
            EventValue from,
            EventValue to,
            Long messageId,
            Long compensationId) {}

    public boolean has(TicketEventType type) {
        return events.stream().anyMatch(e -> e.type() == type);
    }
}
