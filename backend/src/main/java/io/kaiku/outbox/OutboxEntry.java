package io.kaiku.outbox;

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

/** An event as written in the transaction of the change; {@code tx_id} is filled in by the database. */
@Entity
@Immutable
@Table(name = "outbox_event")
class OutboxEntry {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outbox_event_seq")
    @SequenceGenerator(name = "outbox_event_seq", sequenceName = "outbox_event_seq", allocationSize = 50)
    Long id;

    @Column(name = "tx_id", insertable = false, updatable = false)
    Long txId;

    @Column(name = "topic", nullable = false)
    String topic;

    @Column(name = "type", nullable = false)
    String type;

    @Column(name = "subject_id")
    Long subjectId;

    @Enumerated(EnumType.STRING)
    @Column(name = "actor_type", nullable = false)
    ActorType actorType;

    @Column(name = "actor_id")
    Long actorId;

    @ColumnTransformer(write = "cast(? as jsonb)")
    @Column(name = "payload", nullable = false, columnDefinition = "jsonb")
    String payload;

    @Column(name = "occurred_at", nullable = false)
    Instant occurredAt;

    @Override
    public boolean equals(Object other) {
        return other instanceof OutboxEntry entry && id != null && id.equals(entry.id);
    }

    @Override
    public int hashCode() {
        return OutboxEntry.class.hashCode();
    }
}
