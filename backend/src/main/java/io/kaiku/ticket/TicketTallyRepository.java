package io.kaiku.ticket;

import java.util.List;
import java.util.Map;

import io.kaiku.common.NativeQueries;
import io.kaiku.common.Row;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

@ApplicationScoped
public class TicketTallyRepository {
    private static final String UNSOLVED = "('new', 'open', 'pending', 'on_hold')";

    private final EntityManager em;

    TicketTallyRepository(EntityManager em) {
        this.em = em;
    }

    void add(TicketTally.Group group, long delta) {
        em.createNativeQuery("""
                insert into ticket_tally (status, priority, assignee_id, queue_id, tickets)
                values (:status, :priority, cast(:assignee as bigint), cast(:queue as bigint), :delta)
                on conflict on constraint ticket_tally_key_uq
                do update set tickets = ticket_tally.tickets + excluded.tickets
                """)
                .setParameter("status", group.status().value())
                .setParameter("priority", group.priority().name())
                .setParameter("assignee", group.assigneeId() == null ? null : group.assigneeId())
                .setParameter("queue", group.queueId() == null ? null : group.queueId())
                .setParameter("delta", delta)
                .executeUpdate();
    }

    /** The inbox views' counts for one agent. */
    Row counts(long userId) {
        return NativeQueries.first(em, """
                        select coalesce(sum(tickets) filter (where assignee_id = :me and status in %1$s), 0) as my_open,
                               coalesce(sum(tickets) filter (where assignee_id is null and status in %1$s), 0) as unassigned,
                               coalesce(sum(tickets) filter (where status in %1$s), 0) as all_open,
                               coalesce(sum(tickets) filter (where status = 'pending'), 0) as pending,
                               coalesce(sum(tickets) filter (where status = 'solved'), 0) as solved
                          from ticket_tally
                        """.formatted(UNSOLVED), Map.of("me", userId), row -> row)
                .orElseThrow();
    }

    /** Open tickets of every active queue, in the queues' order. */
    List<Row> openByQueue() {
        return NativeQueries.list(em, """
                select q.id, q.name, coalesce(sum(t.tickets), 0) as open
                  from queue q
                  left join ticket_tally t on t.queue_id = q.id and t.status in %s
                 where q.active
                 group by q.id, q.name, q.position
                 order by q.position, lower(q.name), q.id
                """.formatted(UNSOLVED), Map.of(), row -> row);
    }

    /** Open tickets grouped by assignee, queue, status and priority, with the names. */
    List<Row> openGroups() {
        return NativeQueries.list(em, """
                select t.assignee_id, a.name as assignee_name, t.queue_id, q.name as queue_name,
                       t.status, t.priority, t.tickets
                  from ticket_tally t
                  left join app_user a on a.id = t.assignee_id
                  left join queue q on q.id = t.queue_id
                 where t.status in %s and t.tickets <> 0
                """.formatted(UNSOLVED), Map.of(), row -> row);
    }
}
