package io.kaiku.ticket;

import java.util.List;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class MessageRepository implements PanacheRepository<Message> {

    /** The conversation with each author's name, oldest first. */
    @SuppressWarnings("unchecked")
    public List<Object[]> findConversation(long ticketId, boolean publicOnly) {
        return getEntityManager()
                .createNativeQuery("""
                select m.id, m.kind, m.body_html, m.body_text, m.author_user_id, u.name, m.author_customer_id, c.name,
                       m.created_at, u.role
                  from ticket_message m
                  left join app_user u on u.id = m.author_user_id
                  left join customer c on c.id = m.author_customer_id
                 where m.ticket_id = :ticket %s
                 order by m.created_at, m.id
                """.formatted(publicOnly ? "and m.kind = 'reply'" : ""))
                .setParameter("ticket", ticketId)
                .getResultList();
    }
}
