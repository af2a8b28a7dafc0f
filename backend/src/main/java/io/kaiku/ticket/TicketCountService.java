package io.kaiku.ticket;

import java.util.List;

import io.kaiku.common.Caller;
import io.kaiku.common.Reference;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * How many tickets there are, from the tally the outbox keeps: the inbox counts every agent's
 * screen polls, and the open work per agent and queue for reports. The tally follows each change
 * within moments of its commit.
 */
@ApplicationScoped
public class TicketCountService {
    private final TicketTallyRepository tally;

    TicketCountService(TicketTallyRepository tally) {
        this.tally = tally;
    }

    @Transactional
    public TicketCounts counts(Caller caller) {
        var counts = tally.counts(caller.userId());
        List<QueueCount> queues = tally.openByQueue().stream()
                .map(row ->
                        new QueueCount(new Reference(row.getLong("id"), row.getString("name")), row.getLong("open")))
                .toList();
        return new TicketCounts(
                counts.getLong("my_open"),
                counts.getLong("unassigned"),
                counts.getLong("all_open"),
                counts.getLong("pending"),
                counts.getLong("solved"),
                queues);
    }

    @Transactional
    public List<OpenTally> openTally() {
        return tally.openGroups().stream()
                .map(row -> new OpenTally(
                        Reference.of(row.getNullableLong("assignee_id"), row.getString("assignee_name")),
                        Reference.of(row.getNullableLong("queue_id"), row.getString("queue_name")),
                        TicketStatus.fromString(row.getString("status")),
                        row.getEnum("priority", TicketPriority.class),
                        row.getLong("tickets")))
                .toList();
    }
}
