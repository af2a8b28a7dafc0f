package io.kaiku.queue;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import io.kaiku.common.ConflictException;
import io.kaiku.common.ExpectedVersion;
import io.kaiku.common.InvalidRequestException;
import io.kaiku.common.Reference;
import io.kaiku.common.ResourceNotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** The configurable list of problem areas. */
@ApplicationScoped
public class QueueService {
    private final QueueRepository queues;
    private final Clock clock;

    public QueueService(QueueRepository queues, Clock clock) {
        this.queues = queues;
        this.clock = clock;
    }

    @Transactional
    public List<QueueView> list(boolean activeOnly) {
        return queues.findAllOrdered(activeOnly).stream().map(QueueView::of).toList();
    }

    @Transactional
    public QueueView get(long id) {
        return QueueView.of(require(id));
    }

    @Transactional
    public QueueView create(CreateQueueRequest request) {
        String name = request.name().strip();
        if (queues.existsByNameExcept(name, null)) {
            throw new ConflictException("queue.name-taken", "A queue with this name already exists.");
        }
        Instant now = clock.instant();
        Queue queue = new Queue();
        queue.name = name;
        queue.description = request.description();
        queue.position = request.position() == null ? nextPosition() : request.position();
        queue.createdAt = now;
        queue.updatedAt = now;
        queues.persist(queue);
        return QueueView.of(queue);
    }

    @Transactional
    public QueueView update(long id, UpdateQueueRequest request, ExpectedVersion expected) {
        Queue queue = require(id);
        expected.check(queue.version, "queue");
        if (request.name() != null) {
            String name = request.name().strip();
            if (name.isEmpty()) {
                throw new InvalidRequestException("name", "required", "A queue needs a name.");
            }
            if (queues.existsByNameExcept(name, id)) {
                throw new ConflictException("queue.name-taken", "A queue with this name already exists.");
            }
            queue.name = name;
        }
        if (request.description() != null) {
            queue.description = request.description().isBlank() ? null : request.description();
        }
        if (request.active() != null) {
            queue.active = request.active();
        }
        if (request.position() != null) {
            queue.position = request.position();
        }
        queue.updatedAt = clock.instant();
        queues.flush();
        return QueueView.of(queue);
    }

    /** Deletes a queue no ticket uses; a used queue can be deactivated instead. */
    @Transactional
    public void delete(long id) {
        Queue queue = require(id);
        queues.delete(queue);
        try {
            queues.flush();
        } catch (org.hibernate.exception.ConstraintViolationException e) {
            throw new ConflictException("queue.in-use", "Tickets use this queue; deactivate it instead.");
        }
    }

    /** For other features: an active queue's reference, or a 400 naming {@code field}. */
    @Transactional
    public Reference requireActive(String field, long id) {
        return queues.findByIdOptional(id)
                .filter(q -> q.active)
                .map(q -> new Reference(q.id, q.name))
                .orElseThrow(
                        () -> new InvalidRequestException(field, "not-found", "No active queue with id " + id + "."));
    }

    private int nextPosition() {
        return queues.findAllOrdered(false).stream()
                        .mapToInt(q -> q.position)
                        .max()
                        .orElse(0)
                + 10;
    }

    private Queue require(long id) {
        return queues.findByIdOptional(id)
                .orElseThrow(() -> new ResourceNotFoundException("queue.not-found", "No queue with id " + id + "."));
    }
}
