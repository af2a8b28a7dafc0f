package io.kaiku.ticket;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;

/** Writes the "actions taken" log of one change and announces the change. */
@ApplicationScoped
public class TicketHistory {
    private final TicketEventRepository events;
    private final Event<TicketChanged> changed;

    public TicketHistory(TicketEventRepository events, Event<TicketChanged> changed) {
        this.events = events;
        this.changed = changed;
    }

    /** Collects the events of one change; {@link #commit()} persists them and fires {@link TicketChanged}. */
    public Recorder record(long ticketId, Long actorUserId, Instant at) {
        return new Recorder(ticketId, actorUserId, at);
    }

    public final class Recorder {
        private final long ticketId;
        private final Long actorUserId;
        private final Instant at;
        private final List<TicketEvent> pending = new ArrayList<>();

        private Recorder(long ticketId, Long actorUserId, Instant at) {
            this.ticketId = ticketId;
            this.actorUserId = actorUserId;
            this.at = at;
        }

        public Recorder add(TicketEventType type, String field, Object oldValue, Object newValue, Long messageId) {
            TicketEvent event = new TicketEvent();
            event.ticketId = ticketId;
            event.type = type;
            event.field = field;
            event.oldValue = oldValue == null ? null : oldValue.toString();
            event.newValue = newValue == null ? null : newValue.toString();
            event.actorUserId = actorUserId;
            event.messageId = messageId;
            event.createdAt = at;
            pending.add(event);
            return this;
        }

        /** Records a field change only when the value really changed. */
        public Recorder change(TicketEventType type, String field, Object oldValue, Object newValue) {
            return Objects.equals(oldValue, newValue) ? this : add(type, field, oldValue, newValue, null);
        }

        public boolean isEmpty() {
            return pending.isEmpty();
        }

        public void commit() {
            if (pending.isEmpty()) {
                return;
            }
            events.persist(pending);
            changed.fire(new TicketChanged(
                    ticketId,
                    actorUserId,
                    pending.stream().map(e -> e.type).distinct().toList()));
        }
    }
}
