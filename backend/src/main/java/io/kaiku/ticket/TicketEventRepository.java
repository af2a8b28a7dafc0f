package io.kaiku.ticket;

import java.util.List;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class TicketEventRepository implements PanacheRepository<TicketEvent> {

    @SuppressWarnings("unchecked")
    public List<Object[]> findTimeline(long ticketId) {
        return getEntityManager()
                .createNativeQuery("""
                select e.id, e.type, e.field, e.old_value, e.new_value, e.actor_user_id, u.name, e.message_id, e.created_at
                  from ticket_event e
                  left join app_user u on u.id = e.actor_user_id
                 where e.ticket_id = :ticket
                 order by e.created_at, e.id
                """)
                .setParameter("ticket", ticketId)
                .getResultList();
    }
}
