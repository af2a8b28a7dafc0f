package io.kaiku.ticket;

import java.time.Instant;

import io.kaiku.common.Actor;
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

/** One entry of a ticket's conversation: a public reply or an internal note. */
@Entity
@Table(name = "ticket_message")
public class Message {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ticket_message_seq")
    @SequenceGenerator(name = "ticket_message_seq", sequenceName = "ticket_message_seq", allocationSize = 50)
    public Long id;

    @Column(name = "ticket_id", nullable = false, updatable = false)
    public long ticketId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false)
    public MessageKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "author_type", nullable = false, updatable = false)
    public ActorType authorType;

    @Column(name = "author_id", updatable = false)
    public Long authorId;

    @Column(name = "author_label", updatable = false)
    public String authorLabel;

    @Column(name = "body_html", nullable = false)
    public String bodyHtml;

    @Column(name = "body_text", nullable = false)
    public String bodyText;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    void writtenBy(Actor actor) {
        authorType = actor.type();
        authorId = actor.id();
        authorLabel = actor.label();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Message message && id != null && id.equals(message.id);
    }

    @Override
    public int hashCode() {
        return Message.class.hashCode();
    }
}
