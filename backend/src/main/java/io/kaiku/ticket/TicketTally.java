package io.kaiku.ticket;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.kaiku.outbox.OutboxConsumer;
import io.kaiku.outbox.OutboxEvent;
import io.kaiku.outbox.OutboxJson;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Keeps {@code ticket_tally} — tickets per status, priority, assignee and queue — from the ticket
 * events: each change moves one ticket from its group before to its group after. A batch's moves are
 * summed first, so a burst of new tickets costs a few row updates, not one per ticket.
 */
@ApplicationScoped
public class TicketTally implements OutboxConsumer {
    private final TicketTallyRepository tally;
    private final OutboxJson json;

    TicketTally(TicketTallyRepository tally, OutboxJson json) {
        this.tally = tally;
        this.json = json;
    }

    record Group(TicketStatus status, TicketPriority priority, Long assigneeId, Long queueId) {
        static Group of(TicketState state) {
            return new Group(state.status(), state.priority(), state.assigneeId(), state.queueId());
        }
    }

    @Override
    public String name() {
        return "ticket-tally";
    }

    @Override
    public Set<String> topics() {
        return Set.of(TicketChangedPayload.TOPIC);
    }

    @Override
    public void handle(List<OutboxEvent> events) {
        Map<Group, Long> moves = new HashMap<>();
        for (OutboxEvent event : events) {
            TicketChangedPayload change = json.read(event.payload(), TicketChangedPayload.class);
            Group after = Group.of(change.after());
            Group before = change.before() == null ? null : Group.of(change.before());
            if (after.equals(before)) {
                continue;
            }
            moves.merge(after, 1L, Long::sum);
            if (before != null) {
                moves.merge(before, -1L, Long::sum);
            }
        }
        moves.forEach((group, delta) -> {
            if (delta != 0) {
                tally.add(group, delta);
            }
        });
    }
}
