package io.kaiku.ticket;

import java.util.List;
import java.util.Map;

import io.kaiku.common.NativeQueries;
import io.kaiku.common.Row;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class TicketEventRepository implements PanacheRepository<TicketEvent> {

    /** The log of one ticket, oldest first, with each actor's current name. */
    List<Row> findTimeline(long ticketId) {
        return NativeQueries.list(getEntityManager(), """
                select e.id, e.change_id, e.type, e.payload::text as payload, e.message_id, e.created_at,
                       e.actor_type, e.actor_id, e.actor_label,
                       coalesce(u.name, c.name, e.actor_label) as actor_name
                  from ticket_event e
                  left join app_user u on e.actor_type = 'staff' and u.id = e.actor_id
                  left join customer c on e.actor_type = 'customer' and c.id = e.actor_id
                 where e.ticket_id = :ticket
                 order by e.created_at, e.id
                """, Map.of("ticket", ticketId), row -> row);
    }
}
