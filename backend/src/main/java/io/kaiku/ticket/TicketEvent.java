package io.kaiku.ticket;

import java.time.Instant;

import io.kaiku.common.ActorType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.hibernate.annotations.ColumnTransformer;
import org.hibernate.annotations.Immutable;

/** One line of the actions-taken log; never updated or deleted (the database refuses both). */
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

    /** Shared by every event one use case wrote: one change, one number. */
    @Column(name = "change_id", nullable = false)
    public long changeId;

    @Enumerated(EnumType.STRING)
    @Column(name = "type", nullable = false)
    public TicketEventType type;

    @Enumerated(EnumType.STRING)
    @Column(name = "actor_type", nullable = false)
    public ActorType actorType;

    @Column(name = "actor_id")
    public Long actorId;

    @Column(name = "actor_label")
    public String actorLabel;

    /** A {@link TicketEventPayload} as JSON. */
    @ColumnTransformer(write = "cast(? as jsonb)")
    @Column(name = "payload", nullable = false, columnDefinition = "jsonb")
    public String payload;

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
