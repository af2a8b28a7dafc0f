package io.kaiku.outbox;

import java.time.Clock;
import java.util.List;

import io.kaiku.common.Keyset;
import io.kaiku.common.ResourceNotFoundException;
import io.kaiku.common.Row;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** What admins see of the outbox: consumers' progress and the events set aside, to retry or discard. */
@ApplicationScoped
public class OutboxService {
    private static final String SORT = "id";

    private final OutboxRepository repository;
    private final OutboxDispatcher dispatcher;
    private final Clock clock;

    OutboxService(OutboxRepository repository, OutboxDispatcher dispatcher, Clock clock) {
        this.repository = repository;
        this.dispatcher = dispatcher;
        this.clock = clock;
    }

    @Transactional
    public List<OutboxConsumerView> consumers() {
        return repository.consumers().stream()
                .map(row -> new OutboxConsumerView(
                        row.getString("name"),
                        row.getLong("processed"),
                        row.getLong("waiting"),
                        row.getLong("retrying"),
                        row.getLong("dead"),
                        row.getInstant("updated_at")))
                .toList();
    }

    @Transactional
    public OutboxFailurePage failures(Boolean dead, String consumer, String cursor, int limit) {
        Keyset.Position after = Keyset.after(cursor, SORT, 1);
        List<Row> rows = repository.failures(dead, consumer, after == null ? 0 : after.number(0), limit + 1);
        Keyset.Page<OutboxFailureView> page =
                Keyset.page(rows, limit, row -> Keyset.cursor(SORT, row.getLong("id")), OutboxService::toView);
        return new OutboxFailurePage(page.items(), page.nextCursor());
    }

    /** Tries the event again now, also a dead one; the answer shows whether it went through. */
    public OutboxRetryResult retry(long id) {
        OutboxFailureView failure = require(id);
        OutboxConsumer consumer = dispatcher.consumer(failure.consumer());
        if (consumer == null) {
            throw new ResourceNotFoundException(
                    "outbox.consumer-not-found", "No consumer named " + failure.consumer() + ".");
        }
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> repository.retryNow(id, clock.instant()));
        if (dispatcher.retry(consumer, id)) {
            return new OutboxRetryResult(true, null);
        }
        return new OutboxRetryResult(false, require(id));
    }

    @Transactional
    public void discard(long id) {
        if (repository.deleteFailure(id) == 0) {
            throw notFound(id);
        }
    }

    private OutboxFailureView require(long id) {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .call(() -> repository.failure(id).map(OutboxService::toView).orElseThrow(() -> notFound(id)));
    }

    private static OutboxFailureView toView(Row row) {
        return new OutboxFailureView(
                row.getLong("id"),
                row.getString("consumer"),
                row.getLong("event_id"),
                row.getString("type"),
                row.getString("topic"),
                row.getNullableLong("subject_id"),
                row.getInstant("occurred_at"),
                row.getInt("attempts"),
                row.getBoolean("dead"),
                row.getInstant("next_attempt_at"),
                row.getString("last_error"),
                row.getInstant("first_failed_at"),
                row.getInstant("last_failed_at"));
    }

    private static ResourceNotFoundException notFound(long id) {
        return new ResourceNotFoundException("outbox.failure-not-found", "No set-aside event with id " + id + ".");
    }
}
