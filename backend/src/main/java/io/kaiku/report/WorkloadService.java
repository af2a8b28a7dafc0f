package io.kaiku.report;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.kaiku.common.Reference;
import io.kaiku.queue.QueueService;
import io.kaiku.ticket.OpenTally;
import io.kaiku.ticket.TicketCountService;
import io.kaiku.ticket.TicketPriority;
import io.kaiku.ticket.TicketStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** How much open work each agent and queue has: every active queue is listed, empty or not. */
@ApplicationScoped
public class WorkloadService {
    private final TicketCountService counts;
    private final QueueService queues;

    WorkloadService(TicketCountService counts, QueueService queues) {
        this.counts = counts;
        this.queues = queues;
    }

    @Transactional
    public Workload workload() {
        Map<Long, Counter> agents = new LinkedHashMap<>();
        Counter unassigned = new Counter(null);
        Map<Long, Counter> byQueue = new LinkedHashMap<>();
        queues.list(true).forEach(q -> byQueue.put(q.id(), new Counter(new Reference(q.id(), q.name()))));
        Counter noQueue = new Counter(null);
        for (OpenTally tally : counts.openTally()) {
            Counter agent = tally.assignee() == null
                    ? unassigned
                    : agents.computeIfAbsent(tally.assignee().id(), id -> new Counter(tally.assignee()));
            agent.add(tally);
            Counter queue = tally.queue() == null
                    ? noQueue
                    : byQueue.computeIfAbsent(tally.queue().id(), id -> new Counter(tally.queue()));
            queue.add(tally);
        }
        List<WorkloadRow> agentRows = agents.values().stream()
                .filter(c -> c.total > 0)
                .sorted((a, b) -> a.ref.name().compareToIgnoreCase(b.ref.name()))
                .map(Counter::row)
                .toList();
        List<WorkloadRow> queueRows =
                new ArrayList<>(byQueue.values().stream().map(Counter::row).toList());
        if (noQueue.total > 0) {
            queueRows.add(noQueue.row());
        }
        return new Workload(agentRows, unassigned.row(), queueRows);
    }

    /** Open tickets of one agent or queue by status and priority. */
    private static final class Counter {
        private final Reference ref;
        private final Map<TicketStatus, Long> byStatus = new EnumMap<>(TicketStatus.class);
        private final Map<TicketPriority, Long> byPriority = new EnumMap<>(TicketPriority.class);
        private long total;

        Counter(Reference ref) {
            this.ref = ref;
        }

        void add(OpenTally tally) {
            byStatus.merge(tally.status(), tally.tickets(), Long::sum);
            byPriority.merge(tally.priority(), tally.tickets(), Long::sum);
            total += tally.tickets();
        }

        WorkloadRow row() {
            return new WorkloadRow(
                    ref,
                    total,
                    new StatusCounts(
                            byStatus.getOrDefault(TicketStatus.NEW, 0L),
                            byStatus.getOrDefault(TicketStatus.OPEN, 0L),
                            byStatus.getOrDefault(TicketStatus.PENDING, 0L),
                            byStatus.getOrDefault(TicketStatus.ON_HOLD, 0L)),
                    new PriorityCounts(
                            byPriority.getOrDefault(TicketPriority.low, 0L),
                            byPriority.getOrDefault(TicketPriority.normal, 0L),
                            byPriority.getOrDefault(TicketPriority.high, 0L),
                            byPriority.getOrDefault(TicketPriority.urgent, 0L)));
        }
    }
}
