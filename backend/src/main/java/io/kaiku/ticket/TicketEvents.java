package io.kaiku.ticket;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kaiku.common.Actor;
import io.kaiku.common.SequenceBlocks;
import io.kaiku.outbox.Outbox;
import io.kaiku.outbox.OutboxJson;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Writes the actions-taken log of one change and its outbox event, in the change's transaction.
 * One use case is one {@link Batch}: its events share a change id, and consumers receive them as
 * one event carrying the ticket before and after.
 */
@ApplicationScoped
public class TicketEvents {
    private final TicketEventRepository events;
    private final Outbox outbox;
    private final ObjectMapper json;
    private final SequenceBlocks sequences;

    TicketEvents(TicketEventRepository events, Outbox outbox, OutboxJson json, SequenceBlocks sequences) {
        this.events = events;
        this.outbox = outbox;
        this.json = json.mapper();
        this.sequences = sequences;
    }

    /** Starts recording a change to {@code ticket}; for a ticket just opened, {@code before} is absent. */
    Batch begin(Ticket ticket, Actor actor, Instant at) {
        return new Batch(ticket, ticket.id == null ? null : TicketState.of(ticket), actor, at);
    }

    final class Batch {
        private final Ticket ticket;
        private final TicketState before;
        private final Actor actor;
        private final Instant at;
        private final List<TicketEvent> pending = new ArrayList<>();
        private final List<TicketChangedPayload.Entry> entries = new ArrayList<>();

        private Batch(Ticket ticket, TicketState before, Actor actor, Instant at) {
            this.ticket = ticket;
            this.before = before;
            this.actor = actor;
            this.at = at;
        }

        Batch add(
                TicketEventType type,
                String field,
                EventValue from,
                EventValue to,
                Long messageId,
                Long compensationId) {
            TicketEvent event = new TicketEvent();
            event.type = type;
            event.actorType = actor.type();
            event.actorId = actor.id();
            event.actorLabel = actor.label();
            event.messageId = messageId;
            event.createdAt = at;
            event.payload = write(new TicketEventPayload(field, from, to, compensationId));
            pending.add(event);
            entries.add(new TicketChangedPayload.Entry(0, type, field, from, to, messageId, compensationId));
            return this;
        }

        /** Records a field change only when the value really changed. */
        Batch change(TicketEventType type, String field, EventValue from, EventValue to) {
            return Objects.equals(from, to) ? this : add(type, field, from, to, null, null);
        }

        boolean isEmpty() {
            return pending.isEmpty();
        }

        Instant at() {
            return at;
        }

        /** Persists the events and the outbox event; the ticket must have its id by now. */
        void publish() {
            if (pending.isEmpty()) {
                return;
            }
            long changeId = sequences.next("ticket_change_seq");
            List<TicketChangedPayload.Entry> written = new ArrayList<>(entries.size());
            for (int i = 0; i < pending.size(); i++) {
                TicketEvent event = pending.get(i);
                event.ticketId = ticket.id;
                event.changeId = changeId;
                events.persist(event);
                TicketChangedPayload.Entry entry = entries.get(i);
                written.add(new TicketChangedPayload.Entry(
                        event.id,
                        entry.type(),
                        entry.field(),
                        entry.from(),
                        entry.to(),
                        entry.messageId(),
                        entry.compensationId()));
            }
            TicketChangedPayload payload = new TicketChangedPayload(changeId, before, TicketState.of(ticket), written);
            outbox.publish(
                    TicketChangedPayload.TOPIC, outboxType(written.get(0).type()), ticket.id, actor, payload, at);
        }

        private String outboxType(TicketEventType first) {
            return switch (first) {
                case created -> "ticket.created";
                case message_added -> "ticket.replied";
                case note_added -> "ticket.noted";
                case compensation_added, compensation_approved, compensation_rejected -> "ticket.compensation";
                default -> "ticket.updated";
            };
        }
    }

    private String write(TicketEventPayload payload) {
        try {
            return json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An event payload cannot be written", e);
        }
    }
}
