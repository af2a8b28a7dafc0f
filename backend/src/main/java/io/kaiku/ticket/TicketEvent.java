package io.kaiku.ticket;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** One line of the "actions taken" log; never updated or deleted. */
@Entity
@Immutable
@Table(name = "ticket_event")
public class TicketEvent {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ticket_event_seq")
    @SequenceGenerator(name = "ticket_event_seq", sequenceName = "ticket_event_seq", allocationSize = 50)
    public Long id;

    @Column(name = "ticket_id", nullable = false)
    public long ticketId;

    @Enumerated(EnumType.STRING)
    @Column(name = "type", nullable = false)
    public TicketEventType type;

    @Column(name = "field")
    public String field;

    @Column(name = "old_value")
    public String oldValue;

    @Column(name = "new_value")
    public String newValue;

    @Column(name = "actor_user_id")
    public Long actorUserId;

    @Column(name = "message_id")
    public Long messageId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Override
    public boolean equals(Object other) {
        return other instanceof TicketEvent event && id != null && id.equals(event.id);
    }

    @Override
    public int hashCode() {
        return TicketEvent.class.hashCode();
    }
}
