package io.kaiku.outbox;

import java.util.List;
import java.util.Set;

/**
 * Reacts to committed events, each exactly once, also with several backend instances on one
 * database: {@link #handle} runs in the transaction that moves the consumer's position, so its
 * database effects and the position commit together, and only one instance runs a consumer at a
 * time. Effects outside the database (mail, webhooks) belong in a delivery table written here and
 * sent by its own worker, which makes those at-least-once with their own idempotency.
 *
 * <p>Implementations are CDI beans; each is registered under its {@link #name} on start and begins
 * with the events written after that moment.
 */
public interface OutboxConsumer {
    /** Stable: the position is stored under it. */
    String name();

    /** The topics this consumer reads; events of others pass it by. */
    Set<String> topics();

    /**
     * Handles events in order. Throwing rolls back the batch; the events are then tried one by one
     * and any that still fail are set aside to be retried with backoff, so they never block the
     * events behind them.
     */
    void handle(List<OutboxEvent> events);
}
