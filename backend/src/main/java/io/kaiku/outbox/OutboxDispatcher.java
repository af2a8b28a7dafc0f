package io.kaiku.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.random.RandomGenerator;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import org.jboss.logging.Logger;

/**
 * Runs every consumer over the committed events on one background thread per instance. Instances
 * share the work through the consumers' row locks: each consumer runs on one instance at a time, and
 * another instance simply skips it. A commit on this instance wakes the thread at once; events from
 * other instances are found by polling.
 */
@ApplicationScoped
public class OutboxDispatcher {
    private static final Logger LOG = Logger.getLogger(OutboxDispatcher.class);
    private static final Duration PRUNE_EVERY = Duration.ofHours(1);

    private final List<OutboxConsumer> consumers;
    private final OutboxRepository repository;
    private final OutboxConfig config;
    private final Clock clock;
    private final RandomGenerator random;
    private final Semaphore wakeUps = new Semaphore(0);
    private volatile boolean running;
    private Thread thread;
    private volatile Instant nextPrune = Instant.EPOCH;
    private Instant nextRetryCheck = Instant.EPOCH;
    private Instant outageSince;
    private Instant outageLogged;

    OutboxDispatcher(
            @Any Instance<OutboxConsumer> consumers,
            OutboxRepository repository,
            OutboxConfig config,
            Clock clock,
            RandomGenerator random) {
        this.consumers = consumers.stream().toList();
        this.repository = repository;
        this.config = config;
        this.clock = clock;
        this.random = random;
    }

    void start(@Observes StartupEvent event) {
        QuarkusTransaction.requiringNew()
                .run(() -> consumers.forEach(c -> repository.register(c.name(), clock.instant())));
        if (!config.enabled()) {
            return;
        }
        running = true;
        thread = new Thread(this::loop, "outbox-dispatcher");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        running = false;
        if (thread != null) {
            thread.interrupt();
            thread.join(TimeUnit.SECONDS.toMillis(10));
        }
    }

    /** Asks for a drain soon; called after a commit that wrote events. */
    public void wake() {
        wakeUps.release();
    }

    private void loop() {
        while (running) {
            try {
                Instant now = clock.instant();
                // Failures wait seconds for their retry: looking for due ones once per poll
                // interval is enough, not on every wake-up.
                boolean retries = !now.isBefore(nextRetryCheck);
                if (retries) {
                    nextRetryCheck = now.plus(config.pollInterval());
                }
                boolean more = drain(retries);
                recovered();
                if (!more) {
                    boolean woken = wakeUps.tryAcquire(config.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                    if (woken && !config.gatherFor().isZero()) {
                        Thread.sleep(config.gatherFor().toMillis());
                    }
                    wakeUps.drainPermits();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                failedToRun(e);
                pause();
            }
        }
    }

    /**
     * Runs each consumer once over the events waiting for it and, if {@code retries}, retries its
     * due failures.
     *
     * @return whether a consumer filled a whole batch, so more may be waiting
     */
    boolean drain(boolean retries) {
        boolean more = false;
        for (OutboxConsumer consumer : consumers) {
            more |= runBatch(consumer);
            if (retries) {
                retryDue(consumer);
            }
        }
        Instant now = clock.instant();
        if (!now.isBefore(nextPrune)) {
            nextPrune = now.plus(PRUNE_EVERY);
            QuarkusTransaction.requiringNew().run(() -> repository.prune(now.minus(config.retention()), 10_000));
        }
        return more;
    }

    /** Drains until nothing is waiting; for tests and shutdown-free tools. */
    public void drainAll() {
        while (drain(true)) {
            // keep going
        }
    }

    private boolean runBatch(OutboxConsumer consumer) {
        List<OutboxEvent> batch;
        try {
            batch = QuarkusTransaction.requiringNew().call(() -> {
                Optional<OutboxRepository.Position> position = repository.lock(consumer.name());
                if (position.isEmpty()) {
                    return List.<OutboxEvent>of();
                }
                List<OutboxEvent> events = repository.after(position.get(), config.batchSize());
                if (!events.isEmpty()) {
                    List<OutboxEvent> relevant = relevant(consumer, events);
                    if (!relevant.isEmpty()) {
                        handle(consumer, relevant);
                    }
                    repository.advance(
                            consumer.name(), events.get(events.size() - 1), relevant.size(), clock.instant());
                }
                return events;
            });
        } catch (HandlerFailure e) {
            return isolate(consumer, e.events);
        }
        return batch.size() == config.batchSize();
    }

    /** After a batch failed: one event per transaction, setting aside those that fail alone. */
    private boolean isolate(OutboxConsumer consumer, List<OutboxEvent> events) {
        for (OutboxEvent event : events) {
            try {
                QuarkusTransaction.requiringNew().run(() -> {
                    Optional<OutboxRepository.Position> position = repository.lock(consumer.name());
                    if (position.isEmpty() || !isAfter(event, position.get())) {
                        return;
                    }
                    if (consumer.topics().contains(event.topic())) {
                        handle(consumer, List.of(event));
                    }
                    repository.advance(consumer.name(), event, 1, clock.instant());
                });
            } catch (HandlerFailure e) {
                QuarkusTransaction.requiringNew().run(() -> {
                    Optional<OutboxRepository.Position> position = repository.lock(consumer.name());
                    if (position.isEmpty() || !isAfter(event, position.get())) {
                        return;
                    }
                    Instant now = clock.instant();
                    repository.setAside(consumer.name(), event, describe(e.getCause()), now.plus(backoff(1)), now);
                    repository.advance(consumer.name(), event, 0, now);
                });
                LOG.warnf(
                        e.getCause(),
                        "Consumer %s failed on event %d (%s); set aside for a retry",
                        consumer.name(),
                        event.id(),
                        event.type());
            }
        }
        return true;
    }

    private void retryDue(OutboxConsumer consumer) {
        List<OutboxRepository.Failure> due =
                QuarkusTransaction.requiringNew().call(() -> repository.lockDue(consumer.name(), clock.instant(), 20));
        for (OutboxRepository.Failure failure : due) {
            retry(consumer, failure.id());
        }
    }

    /** Tries a set-aside event again; true when it went through. */
    boolean retry(OutboxConsumer consumer, long failureId) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                Optional<OutboxRepository.Failure> failure = repository.lockFailure(failureId);
                if (failure.isEmpty()) {
                    return false;
                }
                handle(consumer, List.of(failure.get().event()));
                repository.deleteFailure(failureId);
                return true;
            });
        } catch (HandlerFailure e) {
            QuarkusTransaction.requiringNew()
                    .run(() -> repository.lockFailure(failureId).ifPresent(failure -> {
                        int attempts = failure.attempts() + 1;
                        boolean dead = attempts >= config.maxAttempts();
                        Instant now = clock.instant();
                        repository.failedAgain(
                                failureId, attempts, dead, now.plus(backoff(attempts)), describe(e.getCause()), now);
                        if (dead) {
                            LOG.errorf(
                                    "Consumer %s gave up on event %d after %d attempts: %s",
                                    consumer.name(), failure.event().id(), attempts, describe(e.getCause()));
                        }
                    }));
            return false;
        }
    }

    OutboxConsumer consumer(String name) {
        return consumers.stream().filter(c -> c.name().equals(name)).findFirst().orElse(null);
    }

    /** Exponential, capped, with ±20 % jitter so instances do not retry in step. */
    Duration backoff(int attempts) {
        long first = config.firstBackoff().toMillis();
        long max = config.maxBackoff().toMillis();
        long millis = attempts >= 40 ? max : Math.min(max, first << Math.max(0, attempts - 1));
        double jitter = 0.8 + 0.4 * random.nextDouble();
        return Duration.ofMillis(Math.max(1, Math.round(millis * jitter)));
    }

    private static List<OutboxEvent> relevant(OutboxConsumer consumer, List<OutboxEvent> events) {
        return events.stream()
                .filter(e -> consumer.topics().contains(e.topic()))
                .toList();
    }

    private static void handle(OutboxConsumer consumer, List<OutboxEvent> events) {
        try {
            consumer.handle(events);
        } catch (RuntimeException e) {
            throw new HandlerFailure(events, e);
        }
    }

    private static boolean isAfter(OutboxEvent event, OutboxRepository.Position position) {
        return event.txId() > position.txId() || (event.txId() == position.txId() && event.id() > position.eventId());
    }

    private static String describe(Throwable error) {
        String message = error.getClass().getSimpleName() + ": " + error.getMessage();
        return message.length() > 2000 ? message.substring(0, 2000) : message;
    }

    /** A database outage is logged when it starts and then once a minute, not on every poll. */
    private void failedToRun(RuntimeException e) {
        Instant now = clock.instant();
        if (outageSince == null) {
            outageSince = now;
            outageLogged = now;
            LOG.errorf(e, "The outbox cannot run; retrying");
        } else if (Duration.between(outageLogged, now).compareTo(Duration.ofMinutes(1)) >= 0) {
            outageLogged = now;
            LOG.errorf("The outbox still cannot run (since %s): %s", outageSince, describe(e));
        }
    }

    private void recovered() {
        if (outageSince != null) {
            LOG.infof("The outbox runs again (it could not since %s)", outageSince);
            outageSince = null;
        }
    }

    private void pause() {
        try {
            Thread.sleep(Math.min(5_000, config.pollInterval().toMillis() * 4));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A consumer's own failure, as opposed to the outbox failing to run at all. */
    private static final class HandlerFailure extends RuntimeException {
        private final transient List<OutboxEvent> events;

        HandlerFailure(List<OutboxEvent> events, Throwable cause) {
            super(cause);
            this.events = events;
        }
    }
}
