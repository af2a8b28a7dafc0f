package io.kaiku.outbox;

import java.time.Instant;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.kaiku.common.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

/** Writes events in the transaction of the change they describe. */
@ApplicationScoped
public class Outbox {
    private static final Object WAKE_UP_REGISTERED = new Object();

    private final OutboxRepository events;
    private final OutboxJson json;
    private final OutboxDispatcher dispatcher;
    private final TransactionSynchronizationRegistry transactions;

    Outbox(
            OutboxRepository events,
            OutboxJson json,
            OutboxDispatcher dispatcher,
            TransactionSynchronizationRegistry transactions) {
        this.events = events;
        this.json = json;
        this.dispatcher = dispatcher;
        this.transactions = transactions;
    }

    /**
     * Records an event; consumers see it once the current transaction commits, and never if it
     * rolls back. {@code payload} is serialised as JSON now.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void publish(String topic, String type, Long subjectId, Actor actor, Object payload, Instant at) {
        OutboxEntry entry = new OutboxEntry();
        entry.topic = topic;
        entry.type = type;
        entry.subjectId = subjectId;
        entry.actorType = actor.type();
        entry.actorId = actor.id();
        try {
            entry.payload = json.mapper().writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Event payload cannot be written as JSON", e);
        }
        entry.occurredAt = at;
        events.persist(entry);
        wakeDispatcherAfterCommit();
    }

    /** The in-process signal is only a wake-up: the event itself is in the database. */
    private void wakeDispatcherAfterCommit() {
        if (transactions.getResource(WAKE_UP_REGISTERED) != null) {
            return;
        }
        transactions.putResource(WAKE_UP_REGISTERED, Boolean.TRUE);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    dispatcher.wake();
                }
            }
        });
    }
}
