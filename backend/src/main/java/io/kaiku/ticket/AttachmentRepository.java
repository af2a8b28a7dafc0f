package io.kaiku.ticket;

import java.util.Collection;
import java.util.List;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class AttachmentRepository implements PanacheRepository<Attachment> {

    public List<Attachment> findByMessages(Collection<Long> messageIds) {
        return messageIds.isEmpty() ? List.of() : list("messageId in ?1 order by id", messageIds);
    }

    /** Where an attachment sits: {ticket id, customer id, message kind}, or null while not yet attached. */
    public Object[] findPlacement(long attachmentId) {
        List<?> rows = getEntityManager()
                .createNativeQuery("""
                select t.id, t.customer_id, m.kind
                  from attachment f
                  join ticket_message m on m.id = f.message_id
                  join ticket t on t.id = m.ticket_id
                 where f.id = :id
                """)
                .setParameter("id", attachmentId)
                .getResultList();
        return rows.isEmpty() ? null : (Object[]) rows.get(0);
    }
}
