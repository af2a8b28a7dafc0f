package io.kaiku.outbox;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kaiku.common.NativeQueries;
import io.kaiku.common.Row;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/** The outbox tables: events, each consumer's position, and events set aside after failing. */
@ApplicationScoped
public class OutboxRepository implements PanacheRepositoryBase<OutboxEntry, Long> {
    private static final String EVENT_COLUMNS =
            "e.id, e.tx_id, e.topic, e.type, e.subject_id, e.actor_type, e.actor_id, null as actor_label,"
                    + " e.payload::text as payload, e.occurred_at";

    private static final String FAILURE_COLUMNS = """
            select f.id, f.consumer, f.event_id, f.attempts, f.dead, f.next_attempt_at, f.last_error,
                   f.first_failed_at, f.last_failed_at, e.type, e.topic, e.subject_id, e.occurred_at
              from outbox_failure f
              join outbox_event e on e.id = f.event_id
            """;

    private final ObjectMapper json;

    OutboxRepository(OutboxJson json) {
        this.json = json.mapper();
    }

    record Position(long txId, long eventId) {}

    record Failure(long id, int attempts, OutboxEvent event) {}

    /** Adds a consumer that starts with the events of transactions not yet finished now. */
    void register(String consumer, Instant now) {
        getEntityManager()
                .createNativeQuery("""
                insert into outbox_consumer (name, last_tx_id, last_event_id, updated_at)
                values (:name, pg_snapshot_xmin(pg_current_snapshot())::text::bigint - 1, 9223372036854775807, :now)
                on conflict (name) do nothing
                """)
                .setParameter("name", consumer)
                .setParameter("now", now)
                .executeUpdate();
    }

    /** The consumer's position, locked until the transaction ends; empty while another instance runs it. */
    Optional<Position> lock(String consumer) {
        return NativeQueries.first(
                getEntityManager(),
                "select last_tx_id, last_event_id from outbox_consumer where name = :name for update skip locked",
                Map.of("name", consumer),
                row -> new Position(row.getLong("last_tx_id"), row.getLong("last_event_id")));
    }

    /**
     * Events after the position, in commit-safe order: only those of transactions older than the
     * oldest one still running, so none can commit later with a smaller position.
     */
    List<OutboxEvent> after(Position position, int limit) {
        return NativeQueries.list(
                getEntityManager(),
                "select " + EVENT_COLUMNS + """
                  from outbox_event e
                 where (e.tx_id, e.id) > (:tx, :id)
                   and e.tx_id < pg_snapshot_xmin(pg_current_snapshot())::text::bigint
                 order by e.tx_id, e.id
                 limit :limit
                """,
                Map.of("tx", position.txId(), "id", position.eventId(), "limit", limit),
                this::toEvent);
    }

    /**
     * Moves the consumer's position; the batch's transaction then commits without waiting for the
     * disk. That is safe: the position and the consumer's effects commit (or are lost in a crash)
     * together, and lost ones are simply handled again. It saves a flush per batch, which with a
     * wake-up after every commit would otherwise double the flushes of the requests.
     */
    void advance(String consumer, OutboxEvent last, int processed, Instant now) {
        getEntityManager()
                .createNativeQuery("select set_config('synchronous_commit', 'off', true)")
                .getSingleResult();
        getEntityManager()
                .createNativeQuery("""
                update outbox_consumer
                   set last_tx_id = :tx, last_event_id = :id, processed = processed + :processed, updated_at = :now
                 where name = :name
                """)
                .setParameter("tx", last.txId())
                .setParameter("id", last.id())
                .setParameter("processed", processed)
                .setParameter("now", now)
                .setParameter("name", consumer)
                .executeUpdate();
    }

    void setAside(String consumer, OutboxEvent event, String error, Instant nextAttempt, Instant now) {
        getEntityManager()
                .createNativeQuery("""
                insert into outbox_failure
                  (id, consumer, event_id, attempts, next_attempt_at, last_error, first_failed_at, last_failed_at)
                values (nextval('outbox_failure_seq'), :consumer, :event, 1, :next, :error, :now, :now)
                on conflict (consumer, event_id) do nothing
                """)
                .setParameter("consumer", consumer)
                .setParameter("event", event.id())
                .setParameter("next", nextAttempt)
                .setParameter("error", error)
                .setParameter("now", now)
                .executeUpdate();
    }

    /** Failures whose retry time has come, locked; those another instance is retrying are skipped. */
    List<Failure> lockDue(String consumer, Instant now, int limit) {
        return NativeQueries.list(
                getEntityManager(),
                "select f.id as failure_id, f.attempts, " + EVENT_COLUMNS + """
                  from outbox_failure f
                  join outbox_event e on e.id = f.event_id
                 where f.consumer = :consumer and not f.dead and f.next_attempt_at <= :now
                 order by f.next_attempt_at
                 limit :limit
                   for update of f skip locked
                """,
                Map.of("consumer", consumer, "now", now, "limit", limit),
                row -> new Failure(row.getLong("failure_id"), row.getInt("attempts"), toEvent(row)));
    }

    Optional<Failure> lockFailure(long failureId) {
        return NativeQueries.first(
                getEntityManager(),
                "select f.id as failure_id, f.attempts, " + EVENT_COLUMNS + """
                  from outbox_failure f
                  join outbox_event e on e.id = f.event_id
                 where f.id = :id
                   for update of f skip locked
                """,
                Map.of("id", failureId),
                row -> new Failure(row.getLong("failure_id"), row.getInt("attempts"), toEvent(row)));
    }

    void failedAgain(long failureId, int attempts, boolean dead, Instant nextAttempt, String error, Instant now) {
        getEntityManager()
                .createNativeQuery("""
                update outbox_failure
                   set attempts = :attempts, dead = :dead, next_attempt_at = :next, last_error = :error,
                       last_failed_at = :now
                 where id = :id
                """)
                .setParameter("attempts", attempts)
                .setParameter("dead", dead)
                .setParameter("next", nextAttempt)
                .setParameter("error", error)
                .setParameter("now", now)
                .setParameter("id", failureId)
                .executeUpdate();
    }

    int deleteFailure(long failureId) {
        return getEntityManager()
                .createNativeQuery("delete from outbox_failure where id = :id")
                .setParameter("id", failureId)
                .executeUpdate();
    }

    /** Makes a failure due now again, dead or not. */
    int retryNow(long failureId, Instant now) {
        return getEntityManager()
                .createNativeQuery("update outbox_failure set dead = false, next_attempt_at = :now where id = :id")
                .setParameter("now", now)
                .setParameter("id", failureId)
                .executeUpdate();
    }

    List<Row> failures(Boolean dead, String consumer, long afterId, int limit) {
        Map<String, Object> parameters = new java.util.HashMap<>(Map.of("after", afterId, "limit", limit));
        StringBuilder where = new StringBuilder("f.id > :after");
        if (dead != null) {
            where.append(" and f.dead = :dead");
            parameters.put("dead", dead);
        }
        if (consumer != null) {
            where.append(" and f.consumer = :consumer");
            parameters.put("consumer", consumer);
        }
        return NativeQueries.list(
                getEntityManager(),
                FAILURE_COLUMNS + " where " + where + " order by f.id limit :limit",
                parameters,
                row -> row);
    }

    Optional<Row> failure(long id) {
        return NativeQueries.first(
                getEntityManager(), FAILURE_COLUMNS + " where f.id = :id", Map.of("id", id), row -> row);
    }

    /** Each consumer's position with how many events wait for it and how many it set aside. */
    List<Row> consumers() {
        return NativeQueries.list(getEntityManager(), """
                select c.name, c.processed, c.updated_at,
                       (select count(*) from outbox_event e where (e.tx_id, e.id) > (c.last_tx_id, c.last_event_id))
                         as waiting,
                       (select count(*) from outbox_failure f where f.consumer = c.name and not f.dead) as retrying,
                       (select count(*) from outbox_failure f where f.consumer = c.name and f.dead) as dead
                  from outbox_consumer c
                 order by c.name
                """, Map.of(), row -> row);
    }

    /** Deletes old events that every consumer has passed and none holds as a failure. */
    int prune(Instant before, int limit) {
        return getEntityManager()
                .createNativeQuery("""
                delete from outbox_event
                 where id in (
                   select e.id from outbox_event e
                    where e.occurred_at < :before
                      and not exists (select 1 from outbox_consumer c
                                       where (e.tx_id, e.id) > (c.last_tx_id, c.last_event_id))
                      and not exists (select 1 from outbox_failure f where f.event_id = e.id)
                    limit :limit)
                """)
                .setParameter("before", before)
                .setParameter("limit", limit)
                .executeUpdate();
    }

    private OutboxEvent toEvent(Row row) {
        try {
            return new OutboxEvent(
                    row.getLong("id"),
                    row.getLong("tx_id"),
                    row.getString("topic"),
                    row.getString("type"),
                    row.getNullableLong("subject_id"),
                    row.getActor("actor"),
                    json.readTree(row.getString("payload")),
                    row.getInstant("occurred_at"));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable outbox payload of event " + row.getLong("id"), e);
        }
    }
}
