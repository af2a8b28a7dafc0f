package io.kaiku.ticket;

import java.util.List;
import java.util.Map;

import io.kaiku.common.NativeQueries;
import io.kaiku.common.Row;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class MessageRepository implements PanacheRepository<Message> {

    /** The conversation with each author's current name, oldest first. */
    List<Row> findConversation(long ticketId, boolean publicOnly) {
        return NativeQueries.list(
                getEntityManager(),
                """
                select m.id, m.kind, m.body_html, m.body_text, m.created_at,
                       m.author_type, m.author_id, m.author_label,
                       coalesce(u.name, c.name, m.author_label) as author_name
                  from ticket_message m
                  left join app_user u on m.author_type = 'staff' and u.id = m.author_id
                  left join customer c on m.author_type = 'customer' and c.id = m.author_id
                 where m.ticket_id = :ticket %s
                 order by m.created_at, m.id
                """.formatted(publicOnly ? "and m.kind = 'reply'" : ""),
                Map.of("ticket", ticketId),
                row -> row);
    }

    /** One message with its author's name. */
    Row findView(long messageId) {
        return NativeQueries.first(getEntityManager(), """
                        select m.id, m.kind, m.body_html, m.body_text, m.created_at,
                               m.author_type, m.author_id, m.author_label,
                               coalesce(u.name, c.name, m.author_label) as author_name
                          from ticket_message m
                          left join app_user u on m.author_type = 'staff' and u.id = m.author_id
                          left join customer c on m.author_type = 'customer' and c.id = m.author_id
                         where m.id = :id
                        """, Map.of("id", messageId), row -> row)
                .orElseThrow();
    }
}
