package io.kaiku.ticket;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.kaiku.common.Actor;
import io.kaiku.common.NativeQueries;
import io.kaiku.common.Row;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class AttachmentRepository implements PanacheRepository<Attachment> {

    List<Attachment> findByMessages(Collection<Long> messageIds) {
        return messageIds.isEmpty() ? List.of() : list("messageId in ?1 order by id", messageIds);
    }

    /** Where an attachment sits (ticket, customer, message kind); empty while it is not yet attached. */
    Optional<Row> findPlacement(long attachmentId) {
        return NativeQueries.first(getEntityManager(), """
                select t.id as ticket_id, t.customer_id, m.kind
                  from attachment f
                  join ticket_message m on m.id = f.message_id
                  join ticket t on t.id = m.ticket_id
                 where f.id = :id
                """, Map.of("id", attachmentId), row -> row);
    }

    /** Bytes the uploader holds unattached, and bytes uploaded since {@code since}. */
    Row usage(Actor uploader, Instant since) {
        return NativeQueries.first(
                        getEntityManager(),
                        """
                        select coalesce(sum(size_bytes) filter (where message_id is null), 0) as unattached,
                               coalesce(sum(size_bytes) filter (where created_at >= :since), 0) as recent
                          from attachment
                         where uploader_type = :type and uploader_id = :id
                           and (message_id is null or created_at >= :since)
                        """,
                        Map.of(
                                "type",
                                uploader.type().name(),
                                "id",
                                uploader.id() == null ? -1L : uploader.id(),
                                "since",
                                since),
                        row -> row)
                .orElseThrow();
    }

    /** Deletes up to {@code limit} uploads never attached and older than {@code before}; safe on several instances. */
    int deleteUnattached(Instant before, int limit) {
        return getEntityManager()
                .createNativeQuery("""
                delete from attachment
                 where id in (select id from attachment
                               where message_id is null and created_at < :before
                               limit :limit
                                 for update skip locked)
                """)
                .setParameter("before", before)
                .setParameter("limit", limit)
                .executeUpdate();
    }
}
